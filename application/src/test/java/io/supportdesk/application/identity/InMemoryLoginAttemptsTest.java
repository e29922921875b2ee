package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.LoginAttempts;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
