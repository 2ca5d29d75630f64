/**
 * From a report to a draft event: the deterministic extractor and the duplicate look-up.
 */
@ApplicationModule(displayName = "Drafts", allowedDependencies = { "event", "model", "source" })
package org.backchannel.draft;

import org.springframework.modulith.ApplicationModule;
