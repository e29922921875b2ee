package io.supportdesk.application.port;

import io.supportdesk.application.port.out.UnitOfWork;

import java.util.function.Supplier;

/** Runs the work in place and counts units, for use-case tests without a database. */
public final class DirectUnitOfWork implements UnitOfWork {

    private int units;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        units++;
        return work.get();
    }

    @Override
    public <T> T reading(Supplier<T> work) {
        units++;
        return work.get();
    }

    public int units() {
        return units;
    }
}
