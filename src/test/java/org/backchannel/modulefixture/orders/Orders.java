package org.backchannel.modulefixture.orders;

import org.backchannel.modulefixture.catalog.internal.CatalogRepository;

public class Orders {

	private final CatalogRepository catalog = new CatalogRepository();

	public String describe(long item) {
		return "order of " + this.catalog.name(item);
	}

}
