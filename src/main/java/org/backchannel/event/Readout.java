package org.backchannel.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.backchannel.actor.Actor;
import org.backchannel.model.Side;
import org.backchannel.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One side's official account of a contact.
 */
@Entity
@Table(name = "readout")
public class Readout {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Side side;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "issuer_actor_id")
	private Actor issuer;

	@Column(nullable = false)
	private String summary;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "key_quotes", nullable = false)
	private List<String> keyQuotes = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	/** The language it was issued in (an ISO 639 code), where a source says so. */
	private String language;

	protected Readout() {
	}

	Readout(Event event, EventData.ReadoutData readout, Actor issuer, Source source) {
		this.event = event;
		this.side = readout.side();
		this.issuer = issuer;
		this.summary = readout.summary();
		this.keyQuotes = new ArrayList<>(readout.keyQuotes());
		this.source = source;
		this.language = readout.language();
	}

	public Side getSide() {
		return this.side;
	}

	EventData.ReadoutData toData() {
		return new EventData.ReadoutData(this.side, this.issuer.getSlug(), this.summary, List.copyOf(this.keyQuotes),
				this.source.getId(), this.language);
	}

}
