package org.backchannel.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method whose answer shows nothing but the data and the request (its URL
 * and the headers of {@link ResponseCacheFilter#KEYED_HEADERS}): anonymous GETs of it are
 * served from the response cache until the data version moves.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedResponse {

}
