package org.backchannel.http;

/**
 * Where each client's budget of expensive anonymous reads is kept: in the database that
 * every instance shares ({@link SharedReadBudget}), or, without one (a web slice), in
 * this instance's memory ({@link LocalReadBudget}).
 */
interface ReadBudget {

	/**
	 * Takes one read from the client's budget.
	 * @param client the client's address
	 * @return 0 when the read may go on, else how many seconds (at least 1) until the
	 * budget holds one again
	 */
	long take(String client);

}
