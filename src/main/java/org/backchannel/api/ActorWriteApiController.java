package org.backchannel.api;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.backchannel.actor.ActorData;
import org.backchannel.actor.ActorWriteService;

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
@RequestMapping("/api/actors")
class ActorWriteApiController {

	private final ActorWriteService actors;

	private final WriteRequests requests;

	ActorWriteApiController(ActorWriteService actors, WriteRequests requests) {
		this.actors = actors;
		this.requests = requests;
	}

	@PostMapping
	ResponseEntity<ActorWriteService.Saved> createActor(@RequestBody JsonNode body, Authentication user) {
		ActorWriteService.Saved saved = this.actors.create(this.requests.read(body, ActorData.class),
				WriteRequests.author(user));
		return ResponseEntity.created(URI.create("/api/actors/" + saved.slug()))
			.eTag(WriteRequests.etag(saved.version()))
			.body(saved);
	}

	@PutMapping("/{slug}")
	ResponseEntity<ActorWriteService.Saved> updateActor(@PathVariable String slug, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		long version = WriteRequests.requiredVersion(ifMatch);
		ActorWriteService.Saved saved = this.actors.update(slug, this.requests.read(body, ActorData.class), version,
				WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> deleteActor(@PathVariable String slug, Authentication user) {
		this.actors.delete(slug, WriteRequests.author(user));
		return ResponseEntity.noContent().build();
	}

}
