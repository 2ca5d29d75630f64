package org.backchannel.testing;

/**
 * The admin every test context starts with: the first admin account of the test
 * configuration ({@code backchannel.admin.*} in {@code config/application.properties}).
 */
public final class TestAdmin {

	public static final String USERNAME = "root";

	public static final String PASSWORD = "rook-castle-for-tests";

	/** Its HTTP Basic {@code Authorization} header. */
	public static final String BASIC = Http.basic(USERNAME, PASSWORD);

	private TestAdmin() {
	}

}
