/**
 * The {@code jsis screen} command: batch screening of a CSV file of names against a CSV list, without
 * a database or server. The only package of the library allowed to print.
 */
@NullMarked
package org.jsis.namematch.cli;

import org.jspecify.annotations.NullMarked;
