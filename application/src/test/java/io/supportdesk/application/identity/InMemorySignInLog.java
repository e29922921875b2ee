package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The in-memory sign-in log; passes {@link SignInLogContract} like the JDBC adapter. */
public final class InMemorySignInLog implements SignInLog {

    private record SignIn(UserId user, Instant at) {
    }

    private final List<SignIn> signIns = new ArrayList<>();

    @Override
    public synchronized void record(UserId user, Instant at) {
        signIns.add(new SignIn(user, at));
    }

    @Override
    public synchronized void forgetBefore(Instant instant) {
        signIns.removeIf(signIn -> signIn.at().isBefore(instant));
    }

    /** When the user signed in, oldest first. */
    public synchronized List<Instant> signInsOf(UserId user) {
        return signIns.stream().filter(signIn -> signIn.user().equals(user)).map(SignIn::at)
                .sorted(Comparator.naturalOrder()).toList();
    }
}
