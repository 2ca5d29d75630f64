package org.backchannel.modulefixture.catalog.internal;

public class CatalogRepository {

	public String name(long id) {
		return "item " + id;
	}

}
