package io.supportdesk.application.idempotency.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first answer to each {@code Idempotency-Key}, per caller, shared by every instance: a retry that reaches
 * another instance is answered the same.
 */
public interface IdempotencyRecords {

    /** Claims the key for a request that is about to run; false when the key is taken (running, or answered). */
    boolean claim(String caller, String key, String requestHash, Instant at);

    Optional<IdempotencyRecord> find(String caller, String key);

    /**
     * Claims again a key whose request never answered and was claimed before {@code claimedBefore}: the instance
     * running it died, or its failure could not be recorded. At most one caller wins; false when the key has an
     * answer, was claimed later, or is gone.
     */
    boolean takeOver(String caller, String key, String requestHash, Instant claimedBefore, Instant at);

    /** Keeps the answer of the request that claimed the key. */
    void complete(String caller, String key, StoredResponse response);

    /** Lets the key go without an answer (the request failed on the server's side): it may be tried again. */
    void release(String caller, String key);

    /** Forgets keys claimed before {@code instant}. */
    void forgetBefore(Instant instant);

    /** One key: the request it was claimed for, and its answer once there is one. */
    record IdempotencyRecord(String requestHash, Instant claimedAt, Optional<StoredResponse> response) {
        public IdempotencyRecord {
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(claimedAt, "claimedAt");
            Objects.requireNonNull(response, "response");
        }
    }

    /** What the client got: status, the headers worth replaying, and the body's bytes. */
    record StoredResponse(int status, Map<String, String> headers, byte[] body) {
        public StoredResponse {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
