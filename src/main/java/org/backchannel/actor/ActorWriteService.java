package org.backchannel.actor;

import org.backchannel.actor.internal.ActorRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.history.RecordWriter;
import org.backchannel.history.EntityType;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.InputRules;
import org.backchannel.source.Source;
import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.SlugAllocator;
import org.backchannel.model.RecordValidator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Creates, changes and deletes actors for the admin forms and the API alike, with the
 * same rules, optimistic locking and a revision in the history for each change.
 */
@Service
@Transactional
public class ActorWriteService {

	private final ActorRepository actors;

	private final JdbcClient jdbc;

	private final RecordWriter<Actor> writer;

	private final SlugAllocator slugs;

	private final RecordValidator validation;

	private final ActorValidator validator;

	ActorWriteService(ActorRepository actors, JdbcClient jdbc, RevisionLog revisions, SlugAllocator slugs,
			RecordValidator validation, ActorValidator validator) {
		this.actors = actors;
		this.validation = validation;
		this.validator = validator;
		this.jdbc = jdbc;
		this.writer = new RecordWriter<>(EntityType.ACTOR, actors, Actor::getSlug, Actor::toData, revisions);
		this.slugs = slugs;
	}

	/** Every actor's slug and name, for the forms' pickers. */
	@Transactional(readOnly = true)
	public List<ActorRef> findAllRefs() {
		return this.jdbc.sql("select slug, name, country from actor order by name")
			.query((rs, row) -> new ActorRef(rs.getString("slug"), rs.getString("name"),
					org.backchannel.model.Side.ofCountry(rs.getString("country"))))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Editable> findEditable(String slug) {
		return this.actors.findBySlug(slug)
			.map((actor) -> new Editable(actor.getSlug(), actor.getVersion(), actor.toData()));
	}

	public Saved create(ActorData data, ChangeAuthor author) {
		Map<Long, Source> cited = validate(data, null);
		// room for a number (-2) in the column's 120 characters; a name without Latin
		// letters ("Сергей Лавров") still gets a slug
		String generated = InputRules.slugify(data.name(), 110);
		String slug = this.slugs.claim(SlugAllocator.Table.ACTOR, data.slug(),
				generated.isEmpty() ? "actor" : generated);
		Actor actor = new Actor(slug, data.name(), data.kind(), data.country());
		apply(actor, data, cited);
		this.writer.create(actor, author);
		return new Saved(slug, actor.getVersion());
	}

	public Saved update(String slug, ActorData data, long expectedVersion, ChangeAuthor author) {
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		this.writer.checkVersion(actor, expectedVersion);
		if (data.slug() != null && !data.slug().equals(slug)) {
			throw InvalidInputException.of("slug", "cannot be changed once the actor exists.");
		}
		Map<Long, Source> cited = validate(data, slug);
		this.writer.update(actor, expectedVersion, (edited) -> apply(edited, data, cited), author);
		return new Saved(slug, actor.getVersion());
	}

	/**
	 * Deletes an actor nobody refers to; one named in any event or proposal stays. A
	 * deleted event does not count: it lets go of the actor (its revisions keep the name,
	 * and restoring it says the actor is missing).
	 */
	public void delete(String slug, ChangeAuthor author) {
		if (!author.admin()) {
			throw new AccessDeniedException("Only an admin may delete actors.");
		}
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		long uses = this.jdbc.sql("""
				select (select count(*) from event_participant x join event e on e.id = x.event_id
				        where x.actor_id = :id and e.status <> 'DELETED')
				     + (select count(*) from event where initiator_actor_id = :id and status <> 'DELETED')
				     + (select count(*) from readout x join event e on e.id = x.event_id
				        where x.issuer_actor_id = :id and e.status <> 'DELETED')
				     + (select count(*) from quote x join event e on e.id = x.event_id
				        where x.speaker_actor_id = :id and e.status <> 'DELETED')
				     + (select count(*) from claim x join event e on e.id = x.event_id
				        where x.disputed_by_actor_id = :id and e.status <> 'DELETED')
				     + (select count(*) from proposal where proposer_actor_id = :id)
				     + (select count(*) from proposal_position where actor_id = :id)
				""").param("id", actor.getId()).query(Long.class).single();
		if (uses > 0) {
			throw new InUseException("The actor '" + slug + "' is named in " + uses
					+ " places (events, statements, proposals); it cannot be deleted.");
		}
		for (String release : List.of(
				"delete from event_participant x using event e where e.id = x.event_id and x.actor_id = :id",
				"update event e set initiator_actor_id = null where initiator_actor_id = :id",
				"delete from readout x using event e where e.id = x.event_id and x.issuer_actor_id = :id",
				"delete from quote x using event e where e.id = x.event_id and x.speaker_actor_id = :id",
				"update claim x set disputed_by_actor_id = null from event e "
						+ "where e.id = x.event_id and x.disputed_by_actor_id = :id")) {
			// Only deleted events are left to let go of it.
			this.jdbc.sql(release + " and e.status = 'DELETED'").param("id", actor.getId()).update();
		}
		this.writer.delete(actor, author);
	}

	private Map<Long, Source> validate(ActorData data, String self) {
		BindingResult errors = this.validation.constraints(data);
		Map<Long, Source> cited = this.validator.cited(data);
		this.validator.validate(data, cited, errors);
		this.validator.lookAlikes(data, self, errors);
		this.validation.throwIfInvalid(errors);
		return cited;
	}

	private static void apply(Actor actor, ActorData data, Map<Long, Source> cited) {
		actor.setName(data.name());
		actor.setKind(data.kind());
		actor.setCountry(data.country());
		actor.setDescription(data.description());
		actor.replaceAliases(data.aliases());
		List<ActorRole> roles = new ArrayList<>();
		for (ActorData.RoleData role : data.roles()) {
			roles.add(new ActorRole(actor, role.title(), role.organization(),
					(role.startDate() != null) ? LocalDate.parse(role.startDate()) : null,
					(role.endDate() != null) ? LocalDate.parse(role.endDate()) : null, cited.get(role.source())));
		}
		actor.replaceRoles(roles);
	}

	public record Editable(String slug, long version, ActorData data) {
	}

	/**
	 * The outcome of a write: where the actor now lives and its new version (the API's
	 * ETag).
	 */
	@Schema(name = "SavedActor", description = "Where the actor now lives and its new version")
	public record Saved(String slug, long version) {
	}

}
