/**
 * Watched sources: feeds an admin adds, polled politely by one instance at a time, and
 * the review queue of every item they bring, each read by the report-to-draft assistant.
 */
@ApplicationModule(displayName = "Watched sources",
		allowedDependencies = { "draft", "event", "http", "model", "source" })
package org.backchannel.watch;

import org.springframework.modulith.ApplicationModule;
