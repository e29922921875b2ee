package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

class InMemorySignInLogTest extends SignInLogContract {

    private final InMemorySignInLog log = new InMemorySignInLog();
    private final AtomicLong nextUser = new AtomicLong(1);

    @Override
    protected SignInLog log() {
        return log;
    }

    @Override
    protected UserId aUser() {
        return new UserId(nextUser.getAndIncrement());
    }

    @Override
    protected List<Instant> signInsOf(UserId user) {
        return log.signInsOf(user);
    }
}
