package org.backchannel.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the synthetic data generator, which runs only when {@code events} is set.
 *
 * @param events how many events to generate
 * @param actors how many actors they draw participants from
 * @param seed the random seed: the same seed gives the same data
 */
@ConfigurationProperties("backchannel.generate")
public record GeneratorProperties(int events, int actors, long seed) {

	public GeneratorProperties {
		if (actors <= 0) {
			actors = 3000;
		}
		if (seed == 0) {
			seed = 20250315L;
		}
	}

}
