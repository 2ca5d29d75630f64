package org.backchannel.web.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backchannel.caching.CachedResponse;
import org.backchannel.event.Coverage;
import org.backchannel.event.CoverageService;
import org.backchannel.web.api.ApiController;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How current the record is, as the timeline states it.
 */
@ApiController
@Tag(name = "Events", description = "Diplomatic contacts and the events around them")
class CoverageApiController {

	private final CoverageService coverage;

	CoverageApiController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@CachedResponse
	@GetMapping(path = "/api/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getCoverage", summary = "How current the record is",
			description = "The months of the first and the latest held US–Russia contact on record, the day of the "
					+ "latest change to a published event, and the day the seeded record was compiled (a seeded "
					+ "record unchanged since carries that day as its createdAt and updatedAt).")
	Coverage coverage() {
		return this.coverage.coverage();
	}

}
