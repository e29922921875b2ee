package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link IdempotencyRecords} in a map, for use-case tests. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Key(String caller, String key) {
    }

    private final Map<Key, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String caller, String key, String requestHash, Instant at) {
        return records.putIfAbsent(new Key(caller, key), new IdempotencyRecord(requestHash, at, Optional.empty()))
                == null;
    }

    @Override
    public boolean takeOver(String caller, String key, String requestHash, Instant claimedBefore, Instant at) {
        IdempotencyRecord[] taken = new IdempotencyRecord[1];
        records.computeIfPresent(new Key(caller, key), (k, record) -> {
            if (record.response().isPresent() || !record.claimedAt().isBefore(claimedBefore)) {
                return record;
            }
            taken[0] = new IdempotencyRecord(requestHash, at, Optional.empty());
            return taken[0];
        });
        return taken[0] != null;
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return Optional.ofNullable(records.get(new Key(caller, key)));
    }

    @Override
    public void complete(String caller, String key, StoredResponse response) {
        records.computeIfPresent(new Key(caller, key),
                (k, record) -> new IdempotencyRecord(record.requestHash(), record.claimedAt(), Optional.of(response)));
    }

    @Override
    public void release(String caller, String key) {
        records.remove(new Key(caller, key));
    }

    @Override
    public void forgetBefore(Instant instant) {
        records.values().removeIf(record -> record.claimedAt().isBefore(instant));
    }
}
