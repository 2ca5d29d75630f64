package org.backchannel.database;

import java.nio.file.Path;

/**
 * The embedded database's data directory cannot be used: it cannot be created or written
 * to, or its disk is full. Explained in one paragraph by
 * {@link DataDirectoryFailureAnalyzer}.
 */
public class DataDirectoryUnusableException extends IllegalStateException {

	private final Path directory;

	private final String reason;

	DataDirectoryUnusableException(Path directory, String reason, Throwable cause) {
		super("The database directory " + directory + " cannot be used: " + reason, cause);
		this.directory = directory;
		this.reason = reason;
	}

	Path directory() {
		return this.directory;
	}

	String reason() {
		return this.reason;
	}

}
