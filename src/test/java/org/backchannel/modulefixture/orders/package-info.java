/**
 * A module allowed to use {@code catalog}, that reaches into its internal package.
 */
@ApplicationModule(allowedDependencies = "catalog")
package org.backchannel.modulefixture.orders;

import org.springframework.modulith.ApplicationModule;
