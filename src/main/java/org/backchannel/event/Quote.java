package org.backchannel.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.backchannel.actor.Actor;
import org.backchannel.source.Source;

@Entity
@Table(name = "quote")
public class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "speaker_actor_id")
	private Actor speaker;

	@Column(nullable = false)
	private String text;

	private String context;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Quote() {
	}

	Quote(Event event, EventData.QuoteData quote, Actor speaker, Source source) {
		this.event = event;
		this.speaker = speaker;
		this.text = quote.text();
		this.context = quote.context();
		this.source = source;
	}

	EventData.QuoteData toData() {
		return new EventData.QuoteData(this.speaker.getSlug(), this.text, this.context, this.source.getId());
	}

}
