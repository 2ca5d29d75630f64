/**
 * User accounts, roles, the first admin, sign-in throttling and the password policy.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "model" })
package org.backchannel.account;

import org.springframework.modulith.ApplicationModule;
