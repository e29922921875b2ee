package io.supportdesk.adapter.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The JSON bodies the account endpoints accept (snake_case on the wire). */
final class IdentityRequests {

    /** Mirrors {@link io.supportdesk.domain.identity.EmailAddress}: one {@code @}, something on each side. */
    static final String EMAIL = "\\s*[^@\\s]+@[^@\\s]+\\s*";
    static final String ROLE = "customer|agent|manager|admin";
    /** For optional fields: absent is fine, present but blank is not. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private IdentityRequests() {
    }

    @Serdeable
    record Register(
            @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "must look like name@example.com")
            String email,
            @NotNull @AcceptablePassword String password,
            @NotBlank @Size(max = 100) String fullName) {

        @Override
        public String toString() {
            return "Register[" + email + "]";
        }
    }

    @Serdeable
    record LogIn(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1024) String password) {

        @Override
        public String toString() {
            return "LogIn[" + email + "]";
        }
    }

    @Serdeable
    record RefreshToken(@NotBlank @Size(max = 512) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshToken[***]";
        }
    }

    @Serdeable
    record UpdateProfile(
            @Nullable @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String fullName,
            @Nullable @Size(max = 1024) String currentPassword,
            @Nullable @AcceptablePassword String password,
            @Nullable NotificationSettings notifications) {

        @Override
        public String toString() {
            return "UpdateProfile[" + fullName + "]";
        }
    }

    /** Opt-outs of the optional emails; absent fields stay as they are. */
    @Serdeable
    record NotificationSettings(@Nullable Boolean ticketReplies, @Nullable Boolean dailyDigest) {
    }

    @Serdeable
    record CreateUser(
            @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "must look like name@example.com")
            String email,
            @NotNull @AcceptablePassword String password,
            @NotBlank @Size(max = 100) String fullName,
            @NotNull @Pattern(regexp = ROLE, message = "must be one of customer, agent, manager, admin") String role,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> skills) {

        @Override
        public String toString() {
            return "CreateUser[" + email + ", " + role + "]";
        }
    }

    @Serdeable
    record UpdateUser(
            @Nullable @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String fullName,
            @Nullable @Pattern(regexp = ROLE, message = "must be one of customer, agent, manager, admin") String role,
            @Nullable Boolean active,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> skills,
            @Schema(description = "How many open tickets they take at most when assigned on arrival; 0 removes the "
                    + "limit") @Nullable @Min(0) @Max(10000) Integer maxOpenTickets) {
    }
}
