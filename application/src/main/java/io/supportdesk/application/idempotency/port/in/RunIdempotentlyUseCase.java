package io.supportdesk.application.idempotency.port.in;

import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.StoredResponse;

import java.util.Objects;

/**
 * Decides what a request with an {@code Idempotency-Key} does: run (first time), replay the first answer (same key,
 * same request), or be refused (same key, another request; or the first is still running).
 */
public interface RunIdempotentlyUseCase {

    Outcome begin(Attempt attempt);

    /**
     * The request ran; its answer is kept for retries, unless it failed on the server's side or says when to try
     * again ({@code Retry-After} among its headers).
     */
    void finish(Attempt attempt, StoredResponse response);

    /**
     * @param caller      whose key it is ({@code user:42}): keys of different callers never meet
     * @param requestHash a digest of method, path and body, so a reused key with another request is noticed
     */
    record Attempt(String caller, String key, String requestHash) {
        public static final int MAX_KEY_LENGTH = 255;

        public Attempt {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(requestHash, "requestHash");
            if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH
                    || key.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
                throw new IllegalArgumentException("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                        + " printable ASCII characters");
            }
        }
    }

    sealed interface Outcome {
        /** First time: run the request, then {@link #finish}. */
        record Run() implements Outcome {
        }

        /** A retry of an answered request: send this again. */
        record Replay(StoredResponse response) implements Outcome {
        }

        /** The key was used for another request. */
        record KeyReused() implements Outcome {
        }

        /** The first request with this key has not answered yet. */
        record StillRunning() implements Outcome {
        }
    }
}
