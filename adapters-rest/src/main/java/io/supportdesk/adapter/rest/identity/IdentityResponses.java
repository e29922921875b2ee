package io.supportdesk.adapter.rest.identity;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.identity.port.in.AgentWorkload;
import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UserPage;
import io.supportdesk.domain.identity.User;

import java.time.Instant;
import java.util.List;

/** The JSON the account endpoints answer with (snake_case on the wire); never the domain objects themselves. */
final class IdentityResponses {

    private IdentityResponses() {
    }

    @Serdeable
    record UserResponse(long id, String email, String fullName, String role, boolean active, List<String> skills,
                        Instant createdAt, Instant updatedAt) {

        static UserResponse of(User user) {
            return new UserResponse(user.id().value(), user.email().value(), user.fullName().value(),
                    user.role().code(), user.active(), user.skills().values().stream().sorted().toList(),
                    user.createdAt(), user.updatedAt());
        }
    }

    /** The caller's own account, with their email preferences. */
    @Serdeable
    record MeResponse(long id, String email, String fullName, String role, boolean active, List<String> skills,
                      Notifications notifications, Instant createdAt, Instant updatedAt) {

        static MeResponse of(User user, NotificationPreferences preferences) {
            UserResponse u = UserResponse.of(user);
            return new MeResponse(u.id(), u.email(), u.fullName(), u.role(), u.active(), u.skills(),
                    new Notifications(preferences.ticketReplies(), preferences.dailyDigest()), u.createdAt(),
                    u.updatedAt());
        }
    }

    @Serdeable
    record Notifications(boolean ticketReplies, boolean dailyDigest) {
    }

    /** An OAuth2 token response (RFC 6749 §5.1); {@code expires_in} is the access token's, in seconds. */
    @Serdeable
    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

        static TokenResponse of(TokenPair tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer",
                    tokens.accessTokenExpiresIn().toSeconds());
        }

        @Override
        public String toString() {
            return "TokenResponse[***]";
        }
    }

    @Serdeable
    record UserPageResponse(List<UserResponse> items, long total, int page, int pageSize, int totalPages,
                            boolean hasNext, boolean hasPrev) {

        static UserPageResponse of(UserPage page) {
            return new UserPageResponse(page.items().stream().map(UserResponse::of).toList(), page.total(),
                    page.page(), page.pageSize(), page.totalPages(), page.page() < page.totalPages(),
                    page.page() > 1);
        }
    }

    @Serdeable
    record AgentResponse(long id, String email, String fullName, String role, List<String> skills,
                         long openTickets) {

        static AgentResponse of(AgentWorkload workload) {
            return new AgentResponse(workload.id().value(), workload.email().value(), workload.fullName().value(),
                    workload.role().code(), workload.skills().values().stream().sorted().toList(),
                    workload.openTickets());
        }
    }

    @Serdeable
    record AgentTicketResponse(long id, String number, String title, String status, String priority,
                               Instant updatedAt) {

        static AgentTicketResponse of(AssignedTicket ticket) {
            return new AgentTicketResponse(ticket.id().value(), ticket.number().value(), ticket.title(),
                    ticket.status().code(), ticket.priority().code(), ticket.updatedAt());
        }
    }
}
