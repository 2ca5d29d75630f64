package org.backchannel.source;

import org.backchannel.source.internal.SourceRepository;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;

import org.backchannel.model.ReadTransaction;

import org.springframework.stereotype.Service;

@Service
@ReadTransaction
public class SourceReadService {

	private final SourceRepository sources;

	SourceReadService(SourceRepository sources) {
		this.sources = sources;
	}

	public Optional<SourceDetail> findSource(long id) {
		return this.sources.findById(id).map(Source::toDetail);
	}

	/**
	 * The source already stored with this address, if any: a report pasted twice is one
	 * source.
	 */
	public Optional<Long> findIdByUrl(String url) {
		return this.sources.findFirstByUrlOrderById(url).map(Source::getId);
	}

	/**
	 * The sources with these ids, by id, in one query: the entities another module's
	 * record cites (an unknown id is left out).
	 */
	public Map<Long, Source> findEntitiesById(Collection<Long> ids) {
		return ids.isEmpty() ? new HashMap<>()
				: this.sources.findAllById(ids).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
	}

}
