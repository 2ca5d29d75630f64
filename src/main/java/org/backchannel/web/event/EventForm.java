package org.backchannel.web.event;

import jakarta.validation.Valid;

import org.backchannel.event.EventData;
import org.backchannel.event.EventValidator;
import org.backchannel.source.SourceData;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The event form as submitted: the event itself, plus the helpers that add a row without
 * saving: an existing source or proposal picked from a list, or a new source typed in.
 * {@code report} is the source a draft was opened from ("Open as a draft event"): its
 * text stays beside the form while the editor corrects the draft.
 */
record EventForm(@Valid EventData event, SourceData newSource, Long pickSource, String pickProposal, Long report) {

	EventForm {
		event = (event != null) ? event : EventData.blank();
		newSource = (newSource != null) ? newSource : SourceData.blank();
	}

	static EventForm of(EventData event) {
		return new EventForm(event, SourceData.blank(), null, null, null);
	}

	EventForm with(EventData changed) {
		return new EventForm(changed, this.newSource, null, null, this.report);
	}

	/**
	 * The event's rules ({@link EventValidator}) on the form's {@code event}. The new
	 * source typed in is checked only when it is saved.
	 */
	static Validator rules(EventValidator rules) {
		return new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return EventForm.class.isAssignableFrom(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				errors.pushNestedPath("event");
				try {
					rules.validate(((EventForm) target).event(), errors);
				}
				finally {
					errors.popNestedPath();
				}
			}

		};
	}

}
