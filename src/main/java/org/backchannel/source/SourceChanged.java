package org.backchannel.source;

/**
 * A source was changed (its voice, outlet or what it reprints among what may have
 * changed): what rests on it, such as a contact's confirmation level, is worked out again
 * in the same transaction.
 *
 * @param id the source's id
 */
public record SourceChanged(long id) {
}
