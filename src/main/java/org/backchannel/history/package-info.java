/**
 * Revisions of every record, restore, and the shared record writer.
 */
@ApplicationModule(displayName = "History", allowedDependencies = { "model" })
package org.backchannel.history;

import org.springframework.modulith.ApplicationModule;
