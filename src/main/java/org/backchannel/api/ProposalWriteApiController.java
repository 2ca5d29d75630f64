package org.backchannel.api;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.backchannel.proposal.ProposalData;
import org.backchannel.proposal.ProposalWriteService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals")
class ProposalWriteApiController {

	private final ProposalWriteService proposals;

	private final WriteRequests requests;

	ProposalWriteApiController(ProposalWriteService proposals, WriteRequests requests) {
		this.proposals = proposals;
		this.requests = requests;
	}

	@PostMapping
	ResponseEntity<ProposalWriteService.Saved> createProposal(@RequestBody JsonNode body, Authentication user) {
		ProposalWriteService.Saved saved = this.proposals.create(this.requests.read(body, ProposalData.class),
				WriteRequests.author(user));
		return ResponseEntity.created(URI.create("/api/proposals/" + saved.slug()))
			.eTag(WriteRequests.etag(saved.version()))
			.body(saved);
	}

	@PutMapping("/{slug}")
	ResponseEntity<ProposalWriteService.Saved> updateProposal(@PathVariable String slug, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		long version = WriteRequests.requiredVersion(ifMatch);
		ProposalWriteService.Saved saved = this.proposals.update(slug, this.requests.read(body, ProposalData.class),
				version, WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> deleteProposal(@PathVariable String slug, Authentication user) {
		this.proposals.delete(slug, WriteRequests.author(user));
		return ResponseEntity.noContent().build();
	}

}
