package org.backchannel.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Passwords that bcrypt confirmed a short while ago, so an API client that signs every
 * request in (HTTP Basic: an editor saving every few seconds) costs one bcrypt comparison
 * per {@link #KEPT}, not one per request, and takes no processor from the readers it
 * writes for. Each is kept under the stored hash it matched, so a changed password (a new
 * hash) never matches an old entry, as an HMAC-SHA-256 under a key made at start and
 * never stored: the memory holds no password, and nothing that checks one without that
 * key. Only a right password is ever kept; a wrong one is compared by bcrypt every time.
 */
final class VerifiedPasswords {

	/** How long a confirmed password is taken as confirmed. */
	static final Duration KEPT = Duration.ofMinutes(5);

	private final Cache<String, byte[]> verified = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(KEPT)
		.build();

	private final SecretKeySpec key;

	VerifiedPasswords() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** Whether bcrypt confirmed this password against this stored hash lately. */
	boolean confirmed(String password, String hash) {
		byte[] kept = this.verified.getIfPresent(hash);
		return kept != null && MessageDigest.isEqual(kept, mac(password));
	}

	/** Keeps what bcrypt just confirmed. */
	void confirm(String password, String hash) {
		this.verified.put(hash, mac(password));
	}

	private byte[] mac(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
