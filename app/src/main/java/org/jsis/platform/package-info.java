/**
 * Technical platform shared by every module: the database (embedded or external PostgreSQL), web
 * error handling and common configuration. Holds no business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.jsis.platform;
