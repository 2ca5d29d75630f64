package org.backchannel.database;

/** A request of the frozen-database test: its path, and how it is sent. */
record FrozenRequest(String method, String path, String header, String value) {

	static FrozenRequest get(String path) {
		return new FrozenRequest("GET", path, null, null);
	}

	static FrozenRequest signedIn(String path, String sessionCookie) {
		return new FrozenRequest("GET", path, "Cookie", sessionCookie);
	}

	static FrozenRequest write(String path, String authorization) {
		return new FrozenRequest("POST", path, "Authorization", authorization);
	}

	boolean isApi() {
		return this.path.startsWith("/api/");
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + ((this.header != null) ? " (" + this.header + ")" : "");
	}

}
