package org.backchannel.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the proposal list.
 *
 * @param items the proposals of the page, in the list's order
 * @param nextAfter the slug to ask the next page after, or null on the last page
 */
public record ProposalPage(List<ProposalSummary> items, @Nullable String nextAfter) {
}
