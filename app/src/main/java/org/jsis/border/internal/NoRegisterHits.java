package org.jsis.border.internal;

import java.util.List;
import org.jsis.border.BorderCheckResult;
import org.jsis.border.DocumentData;
import org.jsis.border.RegisterHits;
import org.jsis.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Placeholder until the register module's screening API is on main: no register hits. Replaced by an
 * adapter over {@code RegisterScreening} then.
 */
@Component
class NoRegisterHits implements RegisterHits {

    @Override
    public List<BorderCheckResult.Reason> screen(List<String> names, DocumentData document, Caller caller) {
        return List.of();
    }
}
