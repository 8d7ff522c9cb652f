/**
 * Internal: the in-memory index behind {@link org.jsis.namematch.NameIndex}.
 *
 * <p>{@link org.jsis.namematch.index.Engine} keeps one entry per distinct token (its analysis and a
 * posting list of the names that contain it), looks tokens up by phonetic skeleton and by
 * single-deletion neighbours of the skeleton, and scores only the names that share tokens with the
 * query. Storage is primitive arrays; updates take a write lock, queries a read lock.
 */
@NullMarked
package org.jsis.namematch.index;

import org.jspecify.annotations.NullMarked;
