package org.jsis.security.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsis.organisation.Agency;
import org.jspecify.annotations.Nullable;

/**
 * The agencies of one state (or of the organisation itself: {@code stateCode} null), for the user form's
 * agency choice.
 */
public record AgencyGroup(
        @Nullable String stateCode, @Nullable String stateName, List<Option> agencies) {

    /** One agency: its code (the value sent) and its name in the page's language. */
    public record Option(String code, String name) {}

    /** Groups agencies by state, in the order given (the directory lists the organisation's own first). */
    static List<AgencyGroup> of(List<Agency> agencies, UserRow.Names names) {
        Map<String, List<Option>> byState = new LinkedHashMap<>();
        for (Agency a : agencies) {
            String key = a.stateCode() == null ? "" : a.stateCode();
            byState.computeIfAbsent(key, k -> new ArrayList<>()).add(new Option(a.code(), a.name(names.locale())));
        }
        List<AgencyGroup> groups = new ArrayList<>();
        byState.forEach((state, options) -> {
            String code = state.isEmpty() ? null : state;
            groups.add(new AgencyGroup(code, names.state(code), options));
        });
        return groups;
    }
}
