/**
 * Web platform shared by every module: RFC 9457 problem responses for bad input
 * ({@link org.jsis.platform.web.ApiExceptionHandler}, {@link org.jsis.platform.web.InvalidParameterException}),
 * the console's navigation ({@link org.jsis.platform.web.ConsoleNavigation}) and the Russian/English
 * language switch.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package org.jsis.platform.web;
