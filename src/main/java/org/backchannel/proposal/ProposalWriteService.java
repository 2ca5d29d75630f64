package org.backchannel.proposal;

import org.backchannel.proposal.internal.ProposalRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.actor.Actor;
import org.backchannel.history.RecordWriter;
import org.backchannel.history.EntityType;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.InputRules;
import org.backchannel.model.PartialDate;
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
 * Creates, changes and deletes proposals and their position logs for the admin forms and
 * the API alike.
 */
@Service
@Transactional
public class ProposalWriteService {

	private final ProposalRepository proposals;

	private final JdbcClient jdbc;

	private final RecordWriter<Proposal> writer;

	private final SlugAllocator slugs;

	private final RecordValidator validation;

	private final ProposalValidator validator;

	ProposalWriteService(ProposalRepository proposals, JdbcClient jdbc, RevisionLog revisions, SlugAllocator slugs,
			RecordValidator validation, ProposalValidator validator) {
		this.proposals = proposals;
		this.validation = validation;
		this.validator = validator;
		this.jdbc = jdbc;
		this.writer = new RecordWriter<>(EntityType.PROPOSAL, proposals, Proposal::getSlug, Proposal::toData,
				revisions);
		this.slugs = slugs;
	}

	/** Every proposal's slug and title, for the forms' pickers. */
	@Transactional(readOnly = true)
	public List<ProposalRef> findAllRefs() {
		return this.jdbc.sql("select slug, title from proposal order by title")
			.query((rs, row) -> new ProposalRef(rs.getString("slug"), rs.getString("title")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Editable> findEditable(String slug) {
		return this.proposals.findBySlug(slug)
			.map((proposal) -> new Editable(proposal.getSlug(), proposal.getVersion(), proposal.toData()));
	}

	public Saved create(ProposalData data, ChangeAuthor author) {
		Checked checked = validate(data, null);
		String generated = InputRules.slugify(data.title(), 150);
		String slug = this.slugs.claim(SlugAllocator.Table.PROPOSAL, data.slug(),
				generated.isEmpty() ? "proposal" : generated);
		Proposal proposal = new Proposal(slug, data.title(), data.summary(), checked.actors().get(data.proposer()),
				checked.date());
		apply(proposal, data, checked);
		this.writer.create(proposal, author);
		return new Saved(slug, proposal.getVersion());
	}

	public Saved update(String slug, ProposalData data, long expectedVersion, ChangeAuthor author) {
		Proposal proposal = this.proposals.findBySlug(slug).orElseThrow(() -> new NotFoundException("proposal", slug));
		this.writer.checkVersion(proposal, expectedVersion);
		if (data.slug() != null && !data.slug().equals(slug)) {
			throw InvalidInputException.of("slug", "cannot be changed once the proposal exists.");
		}
		Checked checked = validate(data, slug);
		this.writer.update(proposal, expectedVersion, (edited) -> apply(edited, data, checked), author);
		return new Saved(slug, proposal.getVersion());
	}

	/**
	 * Deletes a proposal that no event discussed; a deleted event does not count (its
	 * revisions keep the proposal, and restoring it says the proposal is missing).
	 */
	public void delete(String slug, ChangeAuthor author) {
		if (!author.admin()) {
			throw new AccessDeniedException("Only an admin may delete proposals.");
		}
		Proposal proposal = this.proposals.findBySlug(slug).orElseThrow(() -> new NotFoundException("proposal", slug));
		long uses = this.jdbc.sql("""
				select count(*) from event_proposal x join event e on e.id = x.event_id
				where x.proposal_id = :id and e.status <> 'DELETED'""")
			.param("id", proposal.getId())
			.query(Long.class)
			.single();
		if (uses > 0) {
			throw new InUseException(
					"The proposal '" + slug + "' was discussed in " + uses + " events; it cannot be deleted.");
		}
		this.jdbc.sql("""
				delete from event_proposal x using event e
				where e.id = x.event_id and x.proposal_id = :id and e.status = 'DELETED'""")
			.param("id", proposal.getId())
			.update();
		this.writer.delete(proposal, author);
	}

	private Checked validate(ProposalData data, String self) {
		BindingResult errors = this.validation.constraints(data);
		ProposalValidator.References refs = this.validator.resolve(data);
		this.validator.validate(data, refs, errors);
		this.validator.lookAlikes(data, self, errors);
		this.validation.throwIfInvalid(errors);
		return new Checked(PartialDate.parse(data.date(), data.datePrecision()),
				data.positions()
					.stream()
					.map((position) -> PartialDate.parse(position.date(), position.datePrecision()))
					.toList(),
				refs.actors(), refs.sources());
	}

	private static void apply(Proposal proposal, ProposalData data, Checked checked) {
		proposal.setTitle(data.title());
		proposal.setSummary(data.summary());
		proposal.setProposer(checked.actors().get(data.proposer()));
		proposal.setDate(checked.date());
		proposal.clearPositions();
		for (int i = 0; i < data.positions().size(); i++) {
			ProposalData.PositionData position = data.positions().get(i);
			proposal.addPosition(checked.actors().get(position.party()), position.stance(),
					checked.positionDates().get(i), position.note(), checked.sources().get(position.source()));
		}
	}

	private record Checked(PartialDate date, List<PartialDate> positionDates, Map<String, Actor> actors,
			Map<Long, Source> sources) {
	}

	public record Editable(String slug, long version, ProposalData data) {
	}

	/**
	 * The outcome of a write: where the proposal now lives and its new version (the API's
	 * ETag).
	 */
	@Schema(name = "SavedProposal", description = "Where the proposal now lives and its new version")
	public record Saved(String slug, long version) {
	}

}
