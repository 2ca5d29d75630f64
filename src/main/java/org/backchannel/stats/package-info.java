/**
 * Counts of contacts per channel, month and initiator.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = { "actor", "caching", "event", "model" })
package org.backchannel.stats;

import org.springframework.modulith.ApplicationModule;
