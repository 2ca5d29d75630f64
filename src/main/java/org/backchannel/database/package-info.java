/**
 * The embedded PostgreSQL, the migrations, the database health and outages told from
 * bugs.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package org.backchannel.database;

import org.springframework.modulith.ApplicationModule;
