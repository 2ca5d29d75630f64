package org.backchannel.source;

import java.util.Optional;

import org.backchannel.system.ReadLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true, timeoutString = ReadLimits.TIMEOUT)
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	public Optional<SourceDetail> findSource(long id) {
		return this.sources.findById(id).map(Source::toDetail);
	}

}
