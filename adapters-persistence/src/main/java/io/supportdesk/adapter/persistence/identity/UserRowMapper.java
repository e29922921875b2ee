package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.UserSnapshot;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/** The one translation between {@link UserRow} and the domain's {@link UserSnapshot}. */
@Singleton
final class UserRowMapper {

    UserRow toRow(UserSnapshot s) {
        return new UserRow(
                s.id().value(),
                s.email().value(),
                s.fullName().value(),
                s.passwordHash().value(),
                s.role().code(),
                s.active(),
                s.skills().values().stream().sorted().toArray(String[]::new),
                micros(s.createdAt()),
                micros(s.updatedAt()),
                s.version());
    }

    UserSnapshot toSnapshot(UserRow row) {
        return new UserSnapshot(
                new UserId(row.id()),
                new EmailAddress(row.email()),
                new FullName(row.fullName()),
                new PasswordHash(row.passwordHash()),
                Role.fromCode(row.role()),
                row.active(),
                Skills.of(Arrays.asList(row.skills())),
                row.createdAt(),
                row.updatedAt(),
                row.version());
    }

    /** What PostgreSQL keeps, so the saved user equals the one loaded later. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
