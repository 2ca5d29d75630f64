/**
 * Reports and documents the record rests on.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "history", "model" })
package org.backchannel.source;

import org.springframework.modulith.ApplicationModule;
