package org.backchannel.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing for the accounts: Spring Security's delegating encoder (bcrypt now,
 * "{id}"-prefixed hashes so the algorithm can change without invalidating old ones).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottling.class)
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
