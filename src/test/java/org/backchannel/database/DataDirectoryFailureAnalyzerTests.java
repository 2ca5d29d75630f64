package org.backchannel.database;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A start whose data directory cannot be used reads as one paragraph: what failed, where,
 * why, and what to do.
 */
class DataDirectoryFailureAnalyzerTests {

	final DataDirectoryFailureAnalyzer analyzer = new DataDirectoryFailureAnalyzer();

	@TempDir
	Path directory;

	@Test
	void aStartOnADirectoryThatCannotBeCreatedSaysSoInOneParagraph() throws Exception {
		Path file = Files.writeString(this.directory.resolve("a-file"), "not a directory");
		Path dataDirectory = file.resolve("postgres");
		SpringApplication app = new SpringApplication(BackchannelApplication.class);
		app.setListeners(app.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		Throwable failure = catchThrowable(
				() -> app.run("--server.port=0", "--backchannel.database.data-directory=" + dataDirectory));
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(dataDirectory.toString())
			.contains("cannot be created or written to")
			.doesNotContain("\n");
		assertThat(analysis.getAction()).contains("backchannel.database.data-directory").doesNotContain("\n");
	}

	@Test
	void aFullDiskAndAReadOnlyFileSystemAreNamed() {
		FailureAnalysis full = this.analyzer.analyze(new BeanCreationException("embeddedPostgres", "failed",
				new FileSystemException("/srv/backchannel/pg/base", null, "No space left on device")));
		assertThat(full.getDescription()).contains("/srv/backchannel/pg/base").contains("its disk is full");
		FailureAnalysis readOnly = this.analyzer.analyze(new BeanCreationException("embeddedDataDirectory", "failed",
				new DataDirectoryUnusableException(Path.of("/srv/pg"), "it cannot be created or written to",
						new FileSystemException("/srv/pg/writable.probe", null, "Read-only file system"))));
		assertThat(readOnly.getDescription()).contains("/srv/pg").contains("read-only");
		FailureAnalysis noRoom = this.analyzer.analyze(new DataDirectoryUnusableException(Path.of("/srv/pg"),
				"its disk is full (1 KB free; the server needs at least 32 MB to start)", null));
		assertThat(noRoom.getDescription()).contains("its disk is full");
	}

	@Test
	void otherFailuresAreLeftToBoot() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

}
