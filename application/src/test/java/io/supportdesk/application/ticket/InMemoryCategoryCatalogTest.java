package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.CategoryCatalog;

class InMemoryCategoryCatalogTest extends CategoryCatalogContract {

    private final InMemoryCategoryCatalog catalog = new InMemoryCategoryCatalog();

    @Override
    protected CategoryCatalog catalog() {
        return catalog;
    }
}
