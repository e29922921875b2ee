package io.supportdesk.adapter.persistence.idempotency;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.idempotency.IdempotencyRecordsContract;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The idempotency-records contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcIdempotencyRecordsTest extends IdempotencyRecordsContract implements TestPropertyProvider {

    @Inject
    JdbcIdempotencyRecords records;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
