package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
