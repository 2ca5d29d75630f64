package org.backchannel.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weak BACKCHANNEL_ADMIN_PASSWORD is explained in one paragraph: what failed, what to
 * set.
 */
class WeakAdminPasswordFailureAnalyzerTests {

	@Test
	void aWeakAdminPasswordSaysWhatFailedAndWhichSettingToChange() {
		BeanCreationException failure = new BeanCreationException("firstAdminAccount",
				"Invocation of init method failed",
				new WeakAdminPasswordException("chief", "is too easy to guess. This is a top-10 common password."));

		FailureAnalysis analysis = new WeakAdminPasswordFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("The first admin account 'chief' was not created: the password"
				+ " in BACKCHANNEL_ADMIN_PASSWORD (backchannel.admin.password) is too easy to guess."
				+ " This is a top-10 common password.");
		assertThat(analysis.getAction())
			.startsWith("Set BACKCHANNEL_ADMIN_PASSWORD to a stronger password (at least 12");
	}

}
