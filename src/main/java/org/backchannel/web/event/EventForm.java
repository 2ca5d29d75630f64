package org.backchannel.web.event;

import org.backchannel.event.EventData;
import org.backchannel.source.SourceData;

/**
 * The event form as submitted: the event itself, plus the helpers that add a row without
 * saving: an existing source or proposal picked from a list, or a new source typed in.
 */
record EventForm(EventData event, SourceData newSource, Long pickSource, String pickProposal) {

	EventForm {
		event = (event != null) ? event : EventData.blank();
		newSource = (newSource != null) ? newSource : SourceData.blank();
	}

	static EventForm of(EventData event) {
		return new EventForm(event, SourceData.blank(), null, null);
	}

	EventForm with(EventData changed) {
		return new EventForm(changed, this.newSource, null, null);
	}

}
