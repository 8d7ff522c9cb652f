package org.jsis.platform.web;

import java.util.List;

/**
 * What the shared layout shows on a page: the navigation links, the page's language ({@code en} or
 * {@code ru}) and the language-switch links. Available to every template as {@code ${layout}}.
 */
public record LayoutView(List<Link> navigation, String language, List<Link> languages) {

    /** A link: target, message key of its text, and whether it is the current one. */
    public record Link(String href, String label, boolean active) {

        /** For a language-switch link, the language code (the last part of its label key). */
        public String code() {
            return label.substring(label.lastIndexOf('.') + 1);
        }
    }
}
