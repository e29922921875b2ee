package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.domain.identity.PasswordHash;

import java.util.concurrent.atomic.AtomicInteger;

/** A fast, transparent hasher for use-case tests; counts verifications so tests can see the dummy check happen. */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash("fake$" + new StringBuilder(password).reverse());
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        verifications.incrementAndGet();
        return hash(password).equals(hash);
    }

    public int verifications() {
        return verifications.get();
    }
}
