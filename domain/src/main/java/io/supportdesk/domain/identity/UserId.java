package io.supportdesk.domain.identity;

/** Identifies a user: customer or staff alike. */
public record UserId(long value) {

    /**
     * Stands for the desk itself ({@link Actor#system()}): what the system does on its own, such as assignment on
     * arrival. No user has it (ids come from an identity column that would need 2^63 accounts to get there), and
     * adapters store it as "no user".
     */
    public static final UserId SYSTEM = new UserId(Long.MAX_VALUE);

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive, was " + value);
        }
    }
}
