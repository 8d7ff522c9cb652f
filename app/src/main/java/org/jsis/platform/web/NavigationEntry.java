package org.jsis.platform.web;

import java.util.List;

/**
 * One link in the console's navigation bar: target path, message key of its text, position, and the
 * roles of which a user must hold one to see it (empty: everyone).
 */
public record NavigationEntry(String path, String label, int order, List<String> roles) {

    public NavigationEntry {
        roles = List.copyOf(roles);
    }
}
