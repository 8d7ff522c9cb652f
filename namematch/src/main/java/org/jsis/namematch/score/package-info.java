/**
 * Internal: how similar two tokens are ({@link org.jsis.namematch.score.TokenSimilarity}) and how
 * strongly two whole names, birth dates and nationalities agree ({@link
 * org.jsis.namematch.score.NameScorer}).
 */
@NullMarked
package org.jsis.namematch.score;

import org.jspecify.annotations.NullMarked;
