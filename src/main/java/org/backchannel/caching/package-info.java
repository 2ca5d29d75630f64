/**
 * The data version, the caches keyed by it and the response cache.
 */
@ApplicationModule(displayName = "Caching", allowedDependencies = { "http" })
package org.backchannel.caching;

import org.springframework.modulith.ApplicationModule;
