package org.backchannel.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * There is no default password: the first admin comes from the environment, or gets a
 * random password printed once.
 */
class FirstAdminAccountTests {

	private static final Pattern GENERATED = Pattern
		.compile("admin account 'admin' with the generated password: (\\S+)");

	@Nested
	@SpringBootTest(properties = { "backchannel.admin.username=", "backchannel.admin.password=" })
	@AutoConfigureMockMvc
	@ExtendWith(OutputCaptureExtension.class)
	class WithoutEnvironmentVariables {

		@Autowired
		MockMvc mvc;

		@Autowired
		UserAccountService users;

		@Test
		void aRandomPasswordIsGeneratedLoggedOnceAndWorks(CapturedOutput output) throws Exception {
			Matcher matcher = GENERATED.matcher(output.getAll());
			assertThat(matcher.find()).as("the generated password is logged").isTrue();
			String password = matcher.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(matcher.find()).as("logged only once").isFalse();
			assertThat(this.users.count()).isEqualTo(1);

			this.mvc.perform(formLogin().user("admin").password("admin")).andExpect(unauthenticated());
			this.mvc.perform(formLogin().user("admin").password(password))
				.andExpect(authenticated().withRoles("EDITOR", "ADMIN"));
		}

	}

	@Nested
	@SpringBootTest(properties = { "backchannel.admin.username=chief",
			"backchannel.admin.password=correct horse battery staple" })
	@AutoConfigureMockMvc
	@ExtendWith(OutputCaptureExtension.class)
	class WithEnvironmentVariables {

		@Autowired
		MockMvc mvc;

		@Autowired
		UserAccountService users;

		@Autowired
		PasswordPolicy policy;

		@Autowired
		MessageSource messages;

		@Test
		void theAdminFromTheEnvironmentSignsInAndNothingIsGenerated(CapturedOutput output) throws Exception {
			assertThat(output.getAll()).doesNotContain("generated password");
			assertThat(this.users.count()).isEqualTo(1);
			assertThat(this.users.exists("admin")).isFalse();
			this.mvc.perform(formLogin().user("chief").password("correct horse battery staple"))
				.andExpect(authenticated().withUsername("chief").withRoles("EDITOR", "ADMIN"));
		}

		@Test
		void aWeakPasswordFromTheEnvironmentStopsTheStartWithThePolicysMessage() {
			for (String weak : new String[] { "aaaaaaaaaaaa", "short", "password123456", "deputy-chief-deputy" }) {
				FirstAdminAccount account = new FirstAdminAccount(this.users,
						new FirstAdminProperties("deputy-chief", weak), this.policy, this.messages);
				assertThatIllegalStateException().as(weak)
					.isThrownBy(() -> account.run(null))
					.withMessageStartingWith(
							"The admin account 'deputy-chief' was not created: BACKCHANNEL_ADMIN_PASSWORD")
					.withMessageContaining("Set a stronger one")
					.as("the password itself is not written to the log")
					.withMessageNotContaining(weak);
			}
			assertThat(this.users.exists("deputy-chief")).isFalse();
		}

	}

}
