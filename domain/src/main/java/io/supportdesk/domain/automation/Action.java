package io.supportdesk.domain.automation;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketStatus;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule does when it fires. Actions are applied by the caller through the ticket aggregate, so each keeps the
 * aggregate's own rules: a status change goes through the workflow, and one the workflow refuses is a
 * {@link ActionOutcome.Failed} rather than forced.
 */
public sealed interface Action {

    /** The wire code, as in {@code {"type": "set_priority"}}. */
    String code();

    record SetPriority(Priority priority) implements Action {
        public SetPriority {
            Objects.requireNonNull(priority, "priority");
        }

        @Override
        public String code() {
            return "set_priority";
        }
    }

    /** Moves the ticket through the workflow as staff would; a move the workflow refuses fails, the rest go on. */
    record SetStatus(TicketStatus status) implements Action {
        public SetStatus {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String code() {
            return "set_status";
        }
    }

    record SetTeam(TeamId team) implements Action {
        public SetTeam {
            Objects.requireNonNull(team, "team");
        }

        @Override
        public String code() {
            return "set_team";
        }
    }

    record SetAssignee(AssigneeChoice assignee) implements Action {
        public SetAssignee {
            Objects.requireNonNull(assignee, "assignee");
        }

        @Override
        public String code() {
            return "set_assignee";
        }
    }

    /** A named agent, or whoever the ticket's team's assignment strategy picks when the action runs. */
    sealed interface AssigneeChoice {
        record Agent(UserId user) implements AssigneeChoice {
            public Agent {
                Objects.requireNonNull(user, "user");
            }
        }

        record ByTeamStrategy() implements AssigneeChoice {
        }
    }

    record AddTags(Tags tags) implements Action {
        public AddTags {
            requireSomeTags(tags);
        }

        @Override
        public String code() {
            return "add_tags";
        }
    }

    record RemoveTags(Tags tags) implements Action {
        public RemoveTags {
            requireSomeTags(tags);
        }

        @Override
        public String code() {
            return "remove_tags";
        }
    }

    /** A note for staff only, written by the desk itself. */
    record AddInternalNote(String text) implements Action {

        public static final int MAX_LENGTH = 5_000;

        public AddInternalNote {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("must not be empty");
            }
            PlainText.problemInText(text).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            text = text.strip();
            if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
                throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
            }
        }

        @Override
        public String code() {
            return "add_internal_note";
        }
    }

    /**
     * An email from a template, by name; whether the template exists is for the mail side to check when the rule is
     * saved, since templates are configuration.
     */
    record SendEmail(String template, Recipient to) implements Action {

        private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9_]{1,49}");

        public SendEmail {
            if (!isTemplateName(template)) {
                throw new IllegalArgumentException("template must be 2-50 characters of a-z, 0-9 or '_', starting"
                        + " with a letter; was '" + template + "'");
            }
            Objects.requireNonNull(to, "to");
        }

        static boolean isTemplateName(String template) {
            return template != null && TEMPLATE.matcher(template).matches();
        }

        @Override
        public String code() {
            return "send_email";
        }
    }

    sealed interface Recipient {
        record Requester() implements Recipient {
        }

        record Assignee() implements Recipient {
        }

        /** Every member of the ticket's team. */
        record Team() implements Recipient {
        }

        record Address(EmailAddress address) implements Recipient {
            public Address {
                Objects.requireNonNull(address, "address");
            }
        }
    }

    record CallWebhook(WebhookId webhook) implements Action {
        public CallWebhook {
            Objects.requireNonNull(webhook, "webhook");
        }

        @Override
        public String code() {
            return "call_webhook";
        }
    }

    private static void requireSomeTags(Tags tags) {
        Objects.requireNonNull(tags, "tags");
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("needs at least one tag");
        }
    }
}
