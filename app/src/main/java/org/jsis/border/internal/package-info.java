/** Border persistence and helpers. */
@NullMarked
package org.jsis.border.internal;

import org.jspecify.annotations.NullMarked;
