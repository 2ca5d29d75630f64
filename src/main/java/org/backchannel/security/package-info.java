/**
 * The filter chains, sign-in and the problem+json answers for 401 and 403.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "http" })
package org.backchannel.security;

import org.springframework.modulith.ApplicationModule;
