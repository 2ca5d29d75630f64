package org.backchannel.source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rule of a source that needs the database: a web address is recorded once. Which
 * source is being edited (so that its own address is no conflict) is the validation hint
 * of {@link #validate(SourceData, Long, Errors)}.
 */
@Component
class SourceValidator implements Validator {

	private final JdbcClient jdbc;

	SourceValidator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SourceData.class.isAssignableFrom(type);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Object target, Errors errors) {
		validate((SourceData) target, null, errors);
	}

	void validate(SourceData data, Long self, Errors errors) {
		validateVoice(data, self, errors);
		if (data.url() == null || errors.hasFieldErrors("url")) {
			return;
		}
		this.jdbc.sql("select id from source where url = :url and id <> :self")
			.param("url", data.url())
			.param("self", (self != null) ? self : -1L)
			.query(Long.class)
			.optional()
			.ifPresent((other) -> errors.rejectValue("url", "validation.urlRecorded",
					new Object[] { String.valueOf(other) }, "is already recorded as source #" + other + "."));
	}

	/**
	 * Another government is named; only an aggregator reprints, and what it reprints is a
	 * recorded source other than itself.
	 */
	private void validateVoice(SourceData data, Long self, Errors errors) {
		if (data.voice() == Voice.OTHER_GOVERNMENT && data.voiceOf() == null && !errors.hasFieldErrors("voiceOf")) {
			errors.rejectValue("voiceOf", "validation.voiceOfRequired",
					"is required for another government: say which (Saudi Arabia, Turkey, ...).");
		}
		if (data.reprintOf() == null || errors.hasFieldErrors("reprintOf")) {
			return;
		}
		if (data.voice() != Voice.AGGREGATOR) {
			errors.rejectValue("reprintOf", "validation.reprintOfAggregator",
					"is only for an aggregator: a source that reprints another.");
		}
		else if (data.reprintOf().equals(self)) {
			errors.rejectValue("reprintOf", "validation.reprintOfSelf", "cannot be the source itself.");
		}
		else if (this.jdbc.sql("select count(*) from source where id = :id")
			.param("id", data.reprintOf())
			.query(Long.class)
			.single() == 0) {
			errors.rejectValue("reprintOf", "validation.reprintOfMissing", new Object[] { data.reprintOf() },
					"names no recorded source (#" + data.reprintOf() + ").");
		}
	}

}
