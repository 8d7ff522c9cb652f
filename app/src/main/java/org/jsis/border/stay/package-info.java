/** The stay calculator: pure Java, no Spring, no database. */
@NullMarked
package org.jsis.border.stay;

import org.jspecify.annotations.NullMarked;
