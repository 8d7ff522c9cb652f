/**
 * Border: checkpoints, travellers and their documents, crossings, stay rules and the stays derived
 * from crossings, entry bans, illegal crossings, and the border check that brings them together.
 *
 * <p>Sub-packages: {@code mrz} (ICAO 9303 machine-readable zones), {@code stay} (the pure stay
 * calculator), {@code web} (REST and console), {@code internal} (persistence).
 */
@NullMarked
package org.jsis.border;

import org.jspecify.annotations.NullMarked;
