/**
 * Cross-script matching of person and organisation names.
 *
 * <p>The public API is small: build a {@link org.jsis.namematch.NameIndex}, {@link
 * org.jsis.namematch.NameIndex#put put} {@link org.jsis.namematch.NameRecord}s into it and {@link
 * org.jsis.namematch.NameIndex#search search} it with a {@link org.jsis.namematch.NameQuery}. Each
 * {@link org.jsis.namematch.Match} carries a calibrated score in [0, 1] and an {@link
 * org.jsis.namematch.Explanation} of which name parts matched which and how. Everything in the
 * sub-packages is internal.
 */
@NullMarked
package org.jsis.namematch;

import org.jspecify.annotations.NullMarked;
