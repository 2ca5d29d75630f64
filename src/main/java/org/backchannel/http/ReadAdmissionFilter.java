package org.backchannel.http;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every anonymous read of the record take a turn ({@link ReadAdmission}) before it
 * reaches the database, and gives it back at the end. A request that a filter inside
 * admits itself ({@link ReadAdmission.AdmitsItself}: the response cache, which serves
 * what it holds without a turn) is let through, and that filter takes the turn for the
 * part that reads the database; the turn is given back here in any case.
 */
class ReadAdmissionFilter extends OncePerRequestFilter {

	private final ReadAdmission admission;

	private final Supplier<List<ReadAdmission.AdmitsItself>> inside;

	ReadAdmissionFilter(ReadAdmission admission, Supplier<List<ReadAdmission.AdmitsItself>> inside) {
		this.admission = admission;
		this.inside = inside;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.admission.governs(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			boolean admitsItself = this.inside.get().stream().anyMatch((filter) -> filter.admitsItself(request));
			if (admitsItself || this.admission.enter(request, response)) {
				chain.doFilter(request, response);
			}
		}
		finally {
			this.admission.leave(request);
		}
	}

}
