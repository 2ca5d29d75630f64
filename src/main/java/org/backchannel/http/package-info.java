/**
 * Problem details, strong ETags and preconditions, API paths, request guards, trusted
 * proxies and compression.
 */
@ApplicationModule(displayName = "HTTP support", allowedDependencies = { "model" })
package org.backchannel.http;

import org.springframework.modulith.ApplicationModule;
