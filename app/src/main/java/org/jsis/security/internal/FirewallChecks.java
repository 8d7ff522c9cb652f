package org.jsis.security.internal;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The character rules of Spring Security's {@link StrictHttpFirewall} for header names, header values and
 * parameter names, checked by one pass over the string: every code point assigned in Unicode and not a
 * control character (a header value may also hold tabs). The firewall's own predicates are regular
 * expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), run on every header a request's handling
 * reads, several times per request; they took about 5 % of an API request's CPU outside the name matcher.
 * The rule is the same ({@code FirewallChecksTests} compares both on every character and on random strings).
 */
final class FirewallChecks {

    private FirewallChecks() {}

    /** The firewall's rule for header names and parameter names. */
    static boolean assignedAndNotControl(String s) {
        return allowed(s, false);
    }

    /** The firewall's rule for header values: as {@link #assignedAndNotControl}, and tabs. */
    static boolean headerValue(String s) {
        return allowed(s, true);
    }

    private static boolean allowed(String s, boolean tab) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, no control character
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && cp == '\t'))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Spring Security's strict firewall (every other rule its default) with these checks. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallChecks::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallChecks::headerValue);
        firewall.setAllowedParameterNames(FirewallChecks::assignedAndNotControl);
        return firewall;
    }
}
