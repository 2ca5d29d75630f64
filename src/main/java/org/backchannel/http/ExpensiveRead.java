package org.backchannel.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose anonymous requests count against each client's budget of
 * expensive reads ({@code backchannel.rate-limit.*}): what decides is the handler a
 * request reaches (whatever its path, case or Accept header), not a list of paths.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExpensiveRead {

	/**
	 * When a request to the handler is expensive.
	 * @return always (an export, a feed), or only when it searches or names several
	 * actors
	 */
	When value() default When.ALWAYS;

	/** When a request to a marked handler counts. */
	enum When {

		/** Every request: exports and subscriptions read many events. */
		ALWAYS,

		/** A request with a search ({@code q}) or more than one {@code actor}. */
		SEARCH_OR_SEVERAL_ACTORS

	}

}
