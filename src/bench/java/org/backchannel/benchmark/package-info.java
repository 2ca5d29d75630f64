/**
 * The synthetic data generator, the no-database baseline and the query-plan endpoint,
 * each active only when asked for.
 */
@ApplicationModule(displayName = "Benchmark", allowedDependencies = { "database", "event" })
package org.backchannel.benchmark;

import org.springframework.modulith.ApplicationModule;
