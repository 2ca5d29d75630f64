/**
 * Contacts with their participants, readouts, quotes and claims: one read service, one
 * write service, the history in words.
 */
@ApplicationModule(displayName = "Events",
		allowedDependencies = { "actor", "caching", "history", "model", "proposal", "source" })
package org.backchannel.event;

import org.springframework.modulith.ApplicationModule;
