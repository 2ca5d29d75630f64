package org.backchannel.proposal;

public record ProposalRef(String slug, String title) {
}
