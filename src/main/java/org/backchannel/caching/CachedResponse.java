package org.backchannel.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method whose answer shows nothing but the data and the request (its URL
 * and the headers of {@link ResponseCacheFilter#KEYED_HEADERS}): anonymous GETs of it are
 * served from the response cache until a write touches what it shows.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedResponse {

	/**
	 * Whether the answer depends only on the {@link CacheTags} of the kept query results
	 * it reads and those its handler declares ({@link CacheTags#dependOn}): then a write
	 * that touches none of them leaves it cached. By default an answer depends on every
	 * write ({@link CacheTags#ALL}).
	 */
	boolean tagged() default false;

}
