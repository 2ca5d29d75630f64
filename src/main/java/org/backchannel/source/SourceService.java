package org.backchannel.source;

import org.backchannel.model.ReadTransaction;
import java.util.Optional;

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

}
