package org.backchannel.database;

import java.nio.file.Path;
import java.time.Duration;

import org.backchannel.database.EmbeddedPostgresConfiguration.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free disk space counts in readiness: the app's disk and the embedded database's data
 * directory, each against {@code backchannel.health.min-free-disk}.
 */
class DiskSpaceConfigurationTests {

	@TempDir
	Path directory;

	@Test
	void aDiskWithLessThanTheMinimumFreeIsDown() {
		CompositeHealthContributor disks = disks(DataSize.ofTerabytes(1_000_000));
		assertThat(status(disks, "application")).isEqualTo(Status.DOWN);
		assertThat(status(disks, "database")).isEqualTo(Status.DOWN);
	}

	@Test
	void aDiskWithRoomIsUp() {
		CompositeHealthContributor disks = disks(DataSize.ofBytes(1));
		assertThat(status(disks, "application")).isEqualTo(Status.UP);
		assertThat(status(disks, "database")).isEqualTo(Status.UP);
	}

	@Test
	void withoutAnEmbeddedDatabaseOnlyTheAppsDiskIsWatched() {
		CompositeHealthContributor disks = (CompositeHealthContributor) new DiskSpaceConfiguration()
			.diskHealthContributor(new HealthProperties(Duration.ofSeconds(2), DataSize.ofBytes(1)),
					new StaticListableBeanFactory().getBeanProvider(DataDirectory.class));
		assertThat(disks.getContributor("application")).isNotNull();
		assertThat(disks.getContributor("database")).isNull();
	}

	private CompositeHealthContributor disks(DataSize minimum) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("embeddedDataDirectory", new DataDirectory(this.directory));
		return (CompositeHealthContributor) new DiskSpaceConfiguration().diskHealthContributor(
				new HealthProperties(Duration.ofSeconds(2), minimum), beans.getBeanProvider(DataDirectory.class));
	}

	private static Status status(CompositeHealthContributor disks, String name) {
		return ((HealthIndicator) disks.getContributor(name)).health().getStatus();
	}

}
