package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.ticket.CategoryCatalogContract;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The category catalog contract against real PostgreSQL, seeded by the migrations. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcCategoryCatalogTest extends CategoryCatalogContract implements TestPropertyProvider {

    @Inject
    JdbcCategoryCatalog catalog;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected CategoryCatalog catalog() {
        return catalog;
    }
}
