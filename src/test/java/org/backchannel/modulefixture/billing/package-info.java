/**
 * A module that declares no dependency, and uses {@code catalog}'s exposed service.
 */
@ApplicationModule(allowedDependencies = {})
package org.backchannel.modulefixture.billing;

import org.springframework.modulith.ApplicationModule;
