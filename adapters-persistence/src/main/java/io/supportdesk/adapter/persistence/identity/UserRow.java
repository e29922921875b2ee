package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One row of {@code users}: the persistence shape of a user, never seen outside this adapter. */
@MappedEntity("users")
record UserRow(
        @Id long id,
        String email,
        String fullName,
        String passwordHash,
        String role,
        boolean active,
        @TypeDef(type = DataType.STRING_ARRAY) String[] skills,
        Instant createdAt,
        Instant updatedAt,
        @Version long version) {
}
