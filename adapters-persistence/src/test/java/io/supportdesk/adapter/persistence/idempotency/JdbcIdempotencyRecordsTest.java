package io.supportdesk.adapter.persistence.idempotency;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.idempotency.IdempotencyRecordsContract;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import jakarta.inject.Inject;


/** The idempotency-records contract against real PostgreSQL. */
@AdapterTest
class JdbcIdempotencyRecordsTest extends IdempotencyRecordsContract {

    @Inject
    JdbcIdempotencyRecords records;


    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
