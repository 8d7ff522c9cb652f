package org.jsis.platform.web;

/** One link in the console's navigation bar: target path, message key of its text, position. */
public record NavigationEntry(String path, String label, int order) {}
