/**
 * The joint register of designated persons and organisations (the Anti-Terrorist Committee's shared
 * list): entities shaped after FollowTheMoney with names in several scripts, designations with their
 * history, sources and relationships; importers (UN Security Council XML, FollowTheMoney JSON lines,
 * CSV), exporters (FollowTheMoney, CSV, STIX 2.1) and screening against the register.
 *
 * <p>The public types of this package are the module's API; {@code importing}, {@code exporting},
 * {@code internal} and {@code web} are internal.
 */
@NullMarked
package org.jsis.register;

import org.jspecify.annotations.NullMarked;
