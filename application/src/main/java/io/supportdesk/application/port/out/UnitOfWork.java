package io.supportdesk.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically: everything written inside commits together or not at all. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs reading work in one read-only transaction, so a request's queries share one connection and one snapshot
     * (a ticket and the people it names are read as of the same moment) instead of one transaction each.
     */
    <T> T reading(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
