package io.supportdesk.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically: everything written inside commits together or not at all. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
