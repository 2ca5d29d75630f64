package org.backchannel.watch;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.backchannel.model.InputRules;
import org.backchannel.model.SingleLine;
import org.backchannel.model.WebAddress;
import org.backchannel.source.Voice;

/**
 * A watched source as an admin writes it: its feed (RSS 2.0 or Atom), name, voice,
 * language, how often to look (every 5 minutes at most often) and whether to.
 */
public record WatchedSourceData(@NotBlank @Size(max = 200) @SingleLine String name,
		@NotBlank @Size(max = 2000) @SingleLine @WebAddress String feedUrl, @NotNull Voice voice,
		@NotBlank @Size(max = 16) @SingleLine String language,
		@NotNull @Min(value = 5, message = "{watch.validation.interval.min}") @Max(10080) Integer intervalMinutes,
		boolean enabled) {

	public WatchedSourceData {
		name = InputRules.clean(name);
		feedUrl = InputRules.clean(feedUrl);
		language = InputRules.clean(language);
	}

	/**
	 * The voices an admin may give a watched source: every one but {@link Voice#UNKNOWN},
	 * since whoever adds a feed knows whose it is.
	 */
	public static final List<Voice> VOICES = Arrays.stream(Voice.values()).filter((v) -> v != Voice.UNKNOWN).toList();

	public static WatchedSourceData blank() {
		return new WatchedSourceData(null, null, Voice.US_GOVERNMENT, "en", 15, true);
	}

}
