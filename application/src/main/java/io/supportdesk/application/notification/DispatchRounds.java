package io.supportdesk.application.notification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The claims a dispatcher is working through, so that stopping it can give back at once what it has not begun to
 * send. A round takes its claimed items one at a time ({@link #next}); {@link #stop} takes the items no round has
 * begun away from every round, for the caller to release, and no round begins after it. An item already taken is
 * the one being sent: it is left to its round to finish and settle, because releasing it while it may be on its way
 * would let another instance send it a second time at once.
 *
 * <p>Shared by the email outbox and the webhook deliveries: both claim under a lease and settle one by one.
 *
 * @param <T> what the claim holds (an outbox message, a webhook delivery)
 */
public final class DispatchRounds<T> {

    private final Set<Round<T>> running = new LinkedHashSet<>();
    private boolean stopped;

    /** One claim being worked through. */
    public static final class Round<T> {

        private final UUID token;
        private final Deque<T> waiting;
        private int givenBack;
        private boolean sending;

        private Round(UUID token, List<T> items) {
            this.token = Objects.requireNonNull(token, "token");
            this.waiting = new ArrayDeque<>(items);
        }
    }

    /**
     * Begins a round over a claim just made.
     *
     * @return the round, or empty when the dispatcher stopped while the claim was being made: the caller gives the
     * whole claim back
     */
    public synchronized Optional<Round<T>> begin(UUID token, List<T> items) {
        if (stopped) {
            return Optional.empty();
        }
        Round<T> round = new Round<>(token, items);
        running.add(round);
        return Optional.of(round);
    }

    /** Whether {@link #stop} was called: a dispatcher claims nothing more. */
    public synchronized boolean stopped() {
        return stopped;
    }

    /** The round's next item to send, or empty when it has none left (all sent, or given back by a stop). */
    public synchronized Optional<T> next(Round<T> round) {
        T item = round.waiting.pollFirst();
        round.sending = item != null;
        return Optional.ofNullable(item);
    }

    /**
     * Ends a round, whatever happened in it.
     *
     * @return how many of its items a stop took away from it (released, not sent)
     */
    public synchronized int end(Round<T> round) {
        round.sending = false;
        running.remove(round);
        return round.givenBack;
    }

    /**
     * Stops for good: no round begins after this, and the items no round has begun are taken away from their rounds.
     *
     * @return the items taken away, by the token of the claim that holds them
     */
    public synchronized Stop<T> stop() {
        stopped = true;
        Map<UUID, List<T>> untouched = new LinkedHashMap<>();
        int sending = 0;
        for (Round<T> round : running) {
            if (round.sending) {
                sending++;
            }
            if (!round.waiting.isEmpty()) {
                List<T> items = List.copyOf(round.waiting);
                round.waiting.clear();
                round.givenBack += items.size();
                untouched.put(round.token, items);
            }
        }
        return new Stop<>(untouched, sending);
    }

    /**
     * What a stop found.
     *
     * @param untouched claimed items no round had begun, by claim token: to be released
     * @param sending   rounds that were in the middle of sending an item, left to finish it
     */
    public record Stop<T>(Map<UUID, List<T>> untouched, int sending) {

        public Stop {
            untouched = Map.copyOf(untouched);
        }
    }
}
