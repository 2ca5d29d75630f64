package org.backchannel.actor;

public record AliasView(String name, String language) {
}
