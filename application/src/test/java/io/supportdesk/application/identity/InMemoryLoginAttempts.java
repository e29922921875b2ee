package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.LoginAttempts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The in-memory failed sign-ins; passes {@link LoginAttemptsContract} like the JDBC adapter. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private record Failure(String account, String clientAddress, Instant at, boolean countsForAccount) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void recordFailure(String account, String clientAddress, Instant at) {
        failures.add(new Failure(account, clientAddress, at, true));
    }

    @Override
    public synchronized List<Instant> failuresOfAccount(String account, Instant since, int limit) {
        return newest(f -> f.countsForAccount() && f.account().equals(account), since, limit);
    }

    @Override
    public synchronized List<Instant> failuresFromAddress(String clientAddress, Instant since, int limit) {
        return newest(f -> f.clientAddress().equals(clientAddress), since, limit);
    }

    @Override
    public synchronized void clearAccount(String account) {
        failures.replaceAll(f -> f.account().equals(account)
                ? new Failure(f.account(), f.clientAddress(), f.at(), false) : f);
    }

    @Override
    public synchronized void forgetBefore(Instant instant) {
        failures.removeIf(f -> f.at().isBefore(instant));
    }

    private List<Instant> newest(Predicate<Failure> selected, Instant since, int limit) {
        return failures.stream().filter(selected).map(Failure::at).filter(at -> !at.isBefore(since))
                .sorted(Comparator.reverseOrder()).limit(limit).toList();
    }
}
