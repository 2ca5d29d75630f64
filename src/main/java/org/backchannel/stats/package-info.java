/**
 * Counts of contacts per channel, month and initiator.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = { "actor", "event", "model" })
package org.backchannel.stats;

import org.springframework.modulith.ApplicationModule;
