/** ICAO Doc 9303 machine-readable zones: TD1, TD2 and TD3 parsing with check-digit validation. */
@NullMarked
package org.jsis.border.mrz;

import org.jspecify.annotations.NullMarked;
