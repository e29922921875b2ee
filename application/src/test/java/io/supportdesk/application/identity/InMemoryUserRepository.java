package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.UserSearch;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.UserSnapshot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The in-memory stand-in for the users table. It passes the same {@link UserRepositoryContract} as the JDBC
 * adapter, so use-case tests against it mean something.
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, UserSnapshot> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public UserId nextId() {
        return new UserId(sequence.incrementAndGet());
    }

    @Override
    public synchronized User save(User user) {
        UserSnapshot incoming = user.snapshot();
        UserSnapshot stored = rows.get(user.id());
        boolean emailTaken = rows.values().stream()
                .anyMatch(row -> !row.id().equals(user.id()) && row.email().equals(incoming.email()));
        if (emailTaken) {
            throw new EmailTakenException(incoming.email());
        }
        long newVersion;
        if (stored == null) {
            if (incoming.version() != 0) {
                throw new StaleUserException(user.id());
            }
            newVersion = 0;
        } else {
            if (stored.version() != incoming.version()) {
                throw new StaleUserException(user.id());
            }
            newVersion = stored.version() + 1;
        }
        UserSnapshot saved = new UserSnapshot(incoming.id(), incoming.email(), incoming.fullName(),
                incoming.passwordHash(), incoming.role(), incoming.active(), incoming.skills(), incoming.createdAt(),
                incoming.updatedAt(), newVersion);
        rows.put(user.id(), saved);
        return User.restore(saved);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows.get(id)).map(User::restore);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        String normalised = EmailAddress.normalise(email);
        return rows.values().stream().filter(row -> row.email().value().equals(normalised)).findFirst()
                .map(User::restore);
    }

    @Override
    public List<User> search(UserSearch search, long offset, int limit) {
        return matching(search).skip(offset).limit(limit).map(User::restore).toList();
    }

    @Override
    public long count(UserSearch search) {
        return matching(search).count();
    }

    @Override
    public long countActiveAdminsForUpdate() {
        return rows.values().stream().map(User::restore).filter(User::isActiveAdmin).count();
    }

    private Stream<UserSnapshot> matching(UserSearch search) {
        Optional<String> text = search.text().map(t -> t.toLowerCase(Locale.ROOT));
        return rows.values().stream()
                .filter(row -> search.role().map(role -> role == row.role()).orElse(true))
                .filter(row -> search.active().map(active -> active == row.active()).orElse(true))
                .filter(row -> text.map(t -> row.email().value().contains(t)
                        || row.fullName().value().toLowerCase(Locale.ROOT).contains(t)).orElse(true))
                .sorted(Comparator.comparingLong(row -> row.id().value()));
    }
}
