/**
 * A module that exposes {@link org.backchannel.modulefixture.catalog.Catalog} and hides
 * its repository.
 */
@ApplicationModule(allowedDependencies = {})
package org.backchannel.modulefixture.catalog;

import org.springframework.modulith.ApplicationModule;
