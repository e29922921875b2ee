package io.supportdesk.domain.identity;

/** Identifies a team of agents that tickets can be routed to. */
public record TeamId(long value) {

    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("team id must be positive, was " + value);
        }
    }
}
