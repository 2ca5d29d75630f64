package org.backchannel.web.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.backchannel.event.CameoCode;
import org.backchannel.event.Channel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventSummary;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantView;
import org.backchannel.model.Characters;
import org.backchannel.model.PartialDate;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.source.SourceRef;

/**
 * Events as RFC 4180 CSV, one row per event, in a column order that never changes (new
 * columns only ever go at the end).
 */
final class EventCsv {

	static final List<String> COLUMNS = List.of("id", "slug", "date", "date_precision", "type", "title", "place",
			"country", "initiator", "participants", "proposals", "source_count", "updated_at", "url", "channel",
			"contact_status", "cameo_code", "confirmation", "confirmation_reason", "summary", "sources", "occasion",
			"venue");

	/**
	 * Excel reads CSV without a byte-order mark in the local code page, which garbles
	 * "Rubio–Lavrov"; with it the file opens cleanly, and CSV libraries skip it.
	 */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	private EventCsv() {
	}

	/** Summaries only: the summary and sources columns stay empty. */
	static String write(List<EventSummary> events, String baseUrl) {
		return writeRows(events.stream()
			.map((event) -> new Row(event.id(), event.slug(), event.date(), event.type(), event.title(), event.place(),
					event.country(), event.initiator(), event.participants(), event.proposals(), event.sourceCount(),
					event.updatedAt(), event.channel(), event.contactStatus(), event.cameo(), event.confirmation(),
					null, List.of(), null, null))
			.toList(), baseUrl);
	}

	/**
	 * Every column, the summary and the sources ("Outlet: title (date) address")
	 * included.
	 */
	static String writeDetails(List<EventDetail> events, String baseUrl) {
		return writeRows(events.stream()
			.map((event) -> new Row(event.id(), event.slug(), event.date(), event.type(), event.title(), event.place(),
					event.country(), event.initiator(), event.participants(), event.proposals(), event.sources().size(),
					event.updatedAt(), event.channel(), event.contactStatus(), event.cameo(), event.confirmation(),
					event.summary(), event.sources(), event.where().occasion(), event.where().venue()))
			.toList(), baseUrl);
	}

	private record Row(long id, String slug, PartialDate date, EventType type, String title, String place,
			String country, Initiator initiator, List<ParticipantView> participants, List<ProposalRef> proposals,
			int sourceCount, Instant updatedAt, Channel channel, ContactStatus contactStatus, CameoCode cameo,
			Confirmation confirmation, String summary, List<SourceRef> sources, String occasion, String venue) {
	}

	private static String writeRows(List<Row> events, String baseUrl) {
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (Row event : events) {
				csv.printRecord(event.id(), cell(event.slug()), event.date().iso(), event.date().precision(),
						event.type(), cell(event.title()), cell(event.place()), cell(event.country()),
						event.initiator(), cell(participants(event.participants())),
						cell(event.proposals().stream().map(ProposalRef::slug).collect(Collectors.joining("; "))),
						event.sourceCount(), event.updatedAt(), baseUrl + "/events/" + event.slug(), event.channel(),
						event.contactStatus(), (event.cameo() != null) ? event.cameo().code() : null,
						event.confirmation().level(), cell(event.confirmation().reason()), cell(event.summary()),
						cell(sources(event.sources())), cell(event.occasion()), cell(event.venue()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** "TASS: [Lavrov on …] (25 November 2025) https://…; Reuters: …". */
	static String sources(List<SourceRef> sources) {
		return sources.stream()
			.map((source) -> source.shortName() + ": " + source.title()
					+ ((source.published().value() != null) ? " (" + source.published().text() + ")" : "")
					+ ((source.url() != null) ? " " + source.url() : ""))
			.collect(Collectors.joining("; "));
	}

	/**
	 * "Marco Rubio (US, PRINCIPAL); Sergei Lavrov (RUSSIA, PRINCIPAL)".
	 */
	static String participants(List<ParticipantView> participants) {
		return participants.stream()
			.map((participant) -> participant.name() + " (" + participant.side() + ", " + participant.role() + ")")
			.collect(Collectors.joining("; "));
	}

	/**
	 * A spreadsheet runs a cell starting with =, +, - or @ (or a tab or carriage return
	 * that hides one) as a formula: prefixed with an apostrophe it stays text.
	 */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		value = Characters.printable(value);
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
