package org.backchannel.database;

import java.nio.file.FileSystemException;
import java.util.Locale;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start that fails because the database's data directory cannot be created or written
 * to, or its disk is full, is told in one paragraph (what, where, what to do) instead of
 * the chain of bean creation exceptions around it. Registered in
 * {@code META-INF/spring.factories}.
 */
class DataDirectoryFailureAnalyzer implements FailureAnalyzer {

	private static final String ACTION = "Free some space on that disk, make the directory writable by the user "
			+ "running Backchannel, or point backchannel.database.data-directory (BACKCHANNEL_DATABASE_DATA_DIRECTORY) "
			+ "at a writable directory on a disk with room, then start again. Nothing was changed.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DataDirectoryUnusableException unusable) {
				return analysis(unusable.directory().toString(),
						(unusable.getCause() instanceof FileSystemException files) ? reason(files) : unusable.reason(),
						failure);
			}
			if (cause instanceof FileSystemException files && files.getFile() != null) {
				return analysis(files.getFile(), reason(files), failure);
			}
		}
		return null;
	}

	private static String reason(FileSystemException ex) {
		String why = (ex.getReason() != null) ? ex.getReason() : ex.getClass().getSimpleName();
		String lower = why.toLowerCase(Locale.ROOT);
		if (lower.contains("no space")) {
			return "its disk is full (" + why + ")";
		}
		if (lower.contains("read-only")) {
			return "its file system is read-only (" + why + ")";
		}
		return "it cannot be created or written to (" + why + ")";
	}

	private static FailureAnalysis analysis(String directory, String reason, Throwable failure) {
		return new FailureAnalysis("Backchannel could not start its database: the data directory " + directory
				+ " cannot be used, " + "because " + reason + ".", ACTION, failure);
	}

}
