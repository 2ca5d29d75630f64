package org.backchannel.modulefixture.catalog;

import org.backchannel.modulefixture.catalog.internal.CatalogRepository;

public class Catalog {

	private final CatalogRepository repository = new CatalogRepository();

	public String name(long id) {
		return this.repository.name(id);
	}

}
