package org.backchannel.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.backchannel.model.BaseEntity;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;

/**
 * A report a fact rests on. Where we hold it, its full text is archived so a reader can
 * consult it when the original link dies.
 */
@Entity
@Table(name = "source")
public class Source extends BaseEntity {

	@Column(nullable = false)
	private String outlet;

	@Column(nullable = false)
	private String title;

	private String url;

	@Column(nullable = false)
	private String language;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_precision", nullable = false)
	private DatePrecision publishedPrecision = DatePrecision.UNKNOWN;

	private String agencies;

	@Column(name = "archived_text")
	private String archivedText;

	@Column(name = "seed_file")
	private String seedFile;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Voice voice = Voice.UNKNOWN;

	/**
	 * Which government or state speaks, where the voice is not the US's, Russia's or
	 * Ukraine's.
	 */
	@Column(name = "voice_of")
	private String voiceOf;

	/** The source an aggregator reprints, where it is known. */
	@Column(name = "reprint_of_source_id")
	private Long reprintOf;

	protected Source() {
	}

	public Source(String outlet, String title, String language) {
		this.outlet = outlet;
		this.title = title;
		this.language = language;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public SourceData toData() {
		PartialDate published = getPublished();
		return new SourceData(this.outlet, this.title, this.url, this.language,
				(published.value() != null) ? published.iso() : null, this.publishedPrecision, this.agencies,
				this.archivedText, this.voice, this.voiceOf, this.reprintOf);
	}

	public String getOutlet() {
		return this.outlet;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getLanguage() {
		return this.language;
	}

	public PartialDate getPublished() {
		return new PartialDate(this.publishedOn, this.publishedPrecision);
	}

	public void setPublished(PartialDate published) {
		this.publishedOn = published.value();
		this.publishedPrecision = published.precision();
	}

	public String getAgencies() {
		return this.agencies;
	}

	public void setAgencies(String agencies) {
		this.agencies = agencies;
	}

	public String getArchivedText() {
		return this.archivedText;
	}

	public void setArchivedText(String archivedText) {
		this.archivedText = archivedText;
	}

	public Voice getVoice() {
		return this.voice;
	}

	public void setVoice(Voice voice, String voiceOf, Long reprintOf) {
		this.voice = (voice != null) ? voice : Voice.UNKNOWN;
		this.voiceOf = voiceOf;
		this.reprintOf = reprintOf;
	}

	public String getSeedFile() {
		return this.seedFile;
	}

	public SourceRef toRef() {
		return new SourceRef(getId(), this.outlet, this.title, this.url, getPublished(), this.voice);
	}

	public SourceDetail toDetail() {
		return new SourceDetail(getId(), this.outlet, this.title, this.url, this.language, getPublished(),
				this.agencies, this.seedFile, this.archivedText, this.voice, this.voiceOf, this.reprintOf,
				getUpdatedAt(), getVersion());
	}

}
