/**
 * Every way a record is served: pages, the JSON API and the exports, one sub-package per
 * feature.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "account", "actor", "caching", "database", "draft",
		"event", "history", "http", "model", "proposal", "source", "stats", "watch" })
package org.backchannel.web;

import org.springframework.modulith.ApplicationModule;
