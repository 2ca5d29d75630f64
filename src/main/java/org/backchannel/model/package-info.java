/**
 * What the features share: base entity, partial dates, sides, the domain exceptions and
 * the Bean Validation constraints.
 */
@ApplicationModule(displayName = "Model", allowedDependencies = {})
package org.backchannel.model;

import org.springframework.modulith.ApplicationModule;
