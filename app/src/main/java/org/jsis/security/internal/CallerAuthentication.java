package org.jsis.security.internal;

import java.util.List;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authentication by API token: the principal is the token's {@link Caller}; nothing is kept in a session. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final long tokenId;

    public CallerAuthentication(Caller caller, long tokenId) {
        super(authorities(caller));
        this.caller = caller;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public static List<GrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream()
                .map(Role::authority)
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a))
                .toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    public long tokenId() {
        return tokenId;
    }
}
