package org.backchannel.modulefixture.billing;

import org.backchannel.modulefixture.catalog.Catalog;

public class Billing {

	private final Catalog catalog = new Catalog();

	public String invoiceLine(long item) {
		return "invoice for " + this.catalog.name(item);
	}

}
