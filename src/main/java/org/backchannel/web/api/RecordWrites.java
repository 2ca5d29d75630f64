package org.backchannel.web.api;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

import org.backchannel.http.RecordTags;
import org.backchannel.model.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every record's write API shares: the record as its editors read it now (404
 * without it), its strong ETag, the If-Match check before a change, and the answers to a
 * write, each carrying the tag of what the record is after it.
 *
 * @param <K> the key the API names the record by (a slug, an id)
 * @param <R> the record as the API shows it
 */
public final class RecordWrites<K, R> {

	private final String kind;

	private final String path;

	private final Function<K, Optional<R>> find;

	private final Function<R, String> tag;

	private final Function<String, K> key;

	/**
	 * @param kind the record's name in a 404 ("actor")
	 * @param path the path a record's key is appended to ("/api/actors/")
	 * @param find the record as its editors read it now
	 * @param tag its strong ETag
	 * @param key the key as the route's path writes it
	 */
	public RecordWrites(String kind, String path, Function<K, Optional<R>> find, Function<R, String> tag,
			Function<String, K> key) {
		this.kind = kind;
		this.path = path;
		this.find = find;
		this.tag = tag;
		this.key = key;
	}

	/** The record now; a 404 without it. */
	public R current(K key) {
		return this.find.apply(key).orElseThrow(() -> new NotFoundException(this.kind, key));
	}

	/**
	 * The record now, once {@code ifMatch} names its current tag (428 without If-Match,
	 * 412 with a stale tag).
	 */
	public R require(K key, String ifMatch) {
		R current = current(key);
		RecordTags.require(ifMatch, this.tag.apply(current));
		return current;
	}

	/**
	 * The same check before the body is read, from the key as the path writes it; a key
	 * that is not one (a word for an id) is left to the route's own 400.
	 */
	void requireBeforeBody(String pathKey, String ifMatch) {
		K parsed;
		try {
			parsed = this.key.apply(pathKey);
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		require(parsed, ifMatch);
	}

	/** 201 with the new record's Location and ETag. */
	public <S> ResponseEntity<S> created(K key, S saved) {
		return ResponseEntity.created(location(this.path + key)).eTag(this.tag.apply(current(key))).body(saved);
	}

	/** 200 with the record's new ETag. */
	public <S> ResponseEntity<S> changed(K key, S saved) {
		return ResponseEntity.ok().eTag(this.tag.apply(current(key))).body(saved);
	}

	/**
	 * A new record's Location: its path under the site's own path, which behind a trusted
	 * proxy includes the proxy's prefix (X-Forwarded-Prefix).
	 */
	private static URI location(String path) {
		String contextPath = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
			.getContextPath();
		return URI.create(contextPath + path);
	}

}
