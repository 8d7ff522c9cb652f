/** Border REST API and console pages. */
@NullMarked
package org.jsis.border.web;

import org.jspecify.annotations.NullMarked;
