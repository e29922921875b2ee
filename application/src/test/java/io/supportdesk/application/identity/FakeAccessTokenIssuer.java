package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.domain.identity.User;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Issues readable fake access tokens ({@code access:<id>:<role>:<n>}) valid for 15 minutes. */
public final class FakeAccessTokenIssuer implements AccessTokenIssuer {

    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public AccessToken issue(User user) {
        return new AccessToken("access:" + user.id().value() + ":" + user.role().code() + ":"
                + issued.incrementAndGet(), Duration.ofMinutes(15));
    }
}
