/**
 * People and bodies, their aliases and dated roles, and their counterparts.
 */
@ApplicationModule(displayName = "Actors", allowedDependencies = { "caching", "history", "model", "source" })
package org.backchannel.actor;

import org.springframework.modulith.ApplicationModule;
