/**
 * The organisation: member states and their membership over time, bodies, chairmanship terms and the
 * agencies users belong to. Reference data loaded by migration, with valid time, so JSIS can answer
 * for any date. Other modules use {@link org.jsis.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
@org.jspecify.annotations.NullMarked
package org.jsis.organisation;
