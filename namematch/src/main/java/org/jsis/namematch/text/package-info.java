/**
 * Internal: text analysis shared by indexing and querying, so both sides see names the same way.
 *
 * <p>{@link org.jsis.namematch.text.Normaliser} cleans a raw name (Unicode compatibility forms,
 * case, apostrophe look-alikes, stress marks, punctuation). {@link org.jsis.namematch.text.Transliteration}
 * turns each token into a canonical Latin form with the rule files under {@code
 * org/jsis/namematch/text/translit/}. {@link org.jsis.namematch.text.PhoneticKey} derives the
 * romanisation-tolerant keys used for retrieval and comparison, and {@link
 * org.jsis.namematch.text.NameAnalyzer} splits a name into typed tokens (titles, particles, legal forms,
 * patronymics, initials).
 */
@NullMarked
package org.jsis.namematch.text;

import org.jspecify.annotations.NullMarked;
