package org.backchannel.actor;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the actor list.
 *
 * @param items the actors of the page, in the list's order (country, none last, then
 * name)
 * @param nextAfter the slug to ask the next page after, or null on the last page
 */
public record ActorPage(List<ActorSummary> items, @Nullable String nextAfter) {
}
