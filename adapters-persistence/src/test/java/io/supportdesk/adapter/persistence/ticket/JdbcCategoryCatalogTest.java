package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.ticket.CategoryCatalogContract;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import jakarta.inject.Inject;


/** The category catalog contract against real PostgreSQL, seeded by the migrations. */
@AdapterTest
class JdbcCategoryCatalogTest extends CategoryCatalogContract {

    @Inject
    JdbcCategoryCatalog catalog;


    @Override
    protected CategoryCatalog catalog() {
        return catalog;
    }
}
