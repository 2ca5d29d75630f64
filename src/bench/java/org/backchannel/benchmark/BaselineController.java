package org.backchannel.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's baseline: a request through the same server, filters and JSON rendering
 * that touches no database, so the other scenarios can be reported as a share of what
 * this machine can serve at all. Only there when the benchmark switches it on.
 */
@RestController
@ConditionalOnProperty(name = "backchannel.bench.baseline", havingValue = "true")
class BaselineController {

	record Baseline(String status) {
	}

	private static final Baseline OK = new Baseline("ok");

	@GetMapping("/bench/baseline")
	Baseline baseline() {
		return OK;
	}

}
