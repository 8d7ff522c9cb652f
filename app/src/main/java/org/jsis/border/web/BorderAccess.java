package org.jsis.border.web;

import org.jsis.border.Checkpoint;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what in the border module; every refusal is a 403 problem saying why. */
final class BorderAccess {

    private BorderAccess() {}

    /** An officer of the checkpoint's state: officers record and check at their own state's checkpoints. */
    static Caller officerAt(Checkpoint checkpoint) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.OFFICER);
        requireState(caller, checkpoint);
        return caller;
    }

    static void requireState(Caller caller, Checkpoint checkpoint) {
        if (!checkpoint.stateCode().equals(caller.stateCode())) {
            throw new AccessDeniedException("checkpoint " + checkpoint.code() + " belongs to " + checkpoint.stateCode()
                    + "; officers record and check at their own state's checkpoints");
        }
    }

    /** A caller with one of the roles. */
    static Caller withRole(Role... roles) {
        return CurrentCaller.require().requireAnyRole(roles);
    }

    /** An administrator of {@code state} (STATE_ADMIN of that state, or ADMIN). */
    static Caller adminOf(String state) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.STATE_ADMIN, Role.ADMIN);
        if (!caller.hasRole(Role.ADMIN) && !state.equals(caller.stateCode())) {
            throw new AccessDeniedException("only an administrator of " + state + " (or ADMIN) may change its rules");
        }
        return caller;
    }
}
