/**
 * Proposals and each party's dated stances.
 */
@ApplicationModule(displayName = "Proposals", allowedDependencies = { "actor", "history", "model", "source" })
package org.backchannel.proposal;

import org.springframework.modulith.ApplicationModule;
