package org.backchannel.database;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backchannel.database.EmbeddedPostgresConfiguration.DataDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Free disk space, in readiness: the disk the app runs on and, for the embedded database,
 * the one holding its data directory, each with at least
 * {@code backchannel.health.min-free-disk}. A database that cannot extend its files fails
 * every write (SQLState 53100), so an instance short of space is taken out of rotation
 * before that. It replaces Boot's own indicator (which watches one path and is turned off
 * in application.properties) as {@code disk}.
 */
@Configuration(proxyBeanMethods = false)
class DiskSpaceConfiguration {

	@Bean
	HealthContributor diskHealthContributor(HealthProperties properties, ObjectProvider<DataDirectory> dataDirectory) {
		Map<String, HealthContributor> disks = new LinkedHashMap<>();
		disks.put("application", new DiskSpaceHealthIndicator(new File("."), properties.minFreeDisk()));
		dataDirectory.ifAvailable((directory) -> disks.put("database",
				new DiskSpaceHealthIndicator(directory.path().toFile(), properties.minFreeDisk())));
		return CompositeHealthContributor.fromMap(disks);
	}

}
