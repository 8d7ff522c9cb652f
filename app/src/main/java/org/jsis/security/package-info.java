/**
 * Who may do and see what: users of member states' agencies and of the Secretariat, their roles, form
 * login and bearer API tokens, and the one visibility rule for records with personal or operational
 * data (owner state + distribution, evaluated in SQL by {@code jsis_can_see}).
 *
 * <p>API: {@link org.jsis.security.Caller} and {@link org.jsis.security.CurrentCaller} (who is asking),
 * {@link org.jsis.security.Role}, {@link org.jsis.security.Distribution}, {@link org.jsis.security.Sharing}
 * (what a caller may know of a record's distribution) and {@link org.jsis.security.Visibility} (the SQL
 * predicate and its parameters).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.jspecify.annotations.NullMarked
package org.jsis.security;
