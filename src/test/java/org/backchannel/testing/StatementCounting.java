package org.backchannel.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test in the statement counts' context, the one its classes share: the app on a random
 * port with both caches off, so that every request does the full work, and every
 * statement counted by {@link StatementCounter}. Each class counts before and after
 * adding its own rows, so the others' rows change no count. {@link CountedPages} reads
 * the pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=statement-counts", "backchannel.query-cache.size=0",
				"backchannel.response-cache.size=0" })
@Import({ StatementCounter.class, CountedPages.OfTheRunningApp.class })
public @interface StatementCounting {

}
