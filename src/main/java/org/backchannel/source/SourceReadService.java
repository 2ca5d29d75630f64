package org.backchannel.source;

import java.util.Optional;

import org.backchannel.model.ReadTransaction;

import org.springframework.stereotype.Service;

@Service
@ReadTransaction
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
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

}
