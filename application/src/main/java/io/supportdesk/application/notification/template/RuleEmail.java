package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The email an automation rule's {@code send_email} action sends, from one of a fixed set of templates. Every template
 * says only what the ticket's requester may read anyway (number, title, status, priority and a link), so a rule may
 * send any of them to anyone it names without leaking the desk's internal business.
 */
public record RuleEmail(Template template, String recipientName, TicketNumber number, Title title, TicketStatus status,
                        Priority priority, boolean toCustomer) implements EmailTemplate {

    /** The templates rules may name, by their wire code ({@code "template": "ticket_update"}). */
    public enum Template {
        /** "Your ticket is now waiting on you / resolved ...": a neutral status report. */
        TICKET_UPDATE,
        /** "This ticket needs attention": for staff or an on-call address. */
        TICKET_ATTENTION,
        /** "We are still waiting for your answer": a reminder to the requester. */
        REPLY_REMINDER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Template> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
        }

        public static List<String> codes() {
            return Arrays.stream(values()).map(Template::code).toList();
        }
    }

    public RuleEmail {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ticket", number.value());
        facts.put("Status", status.code().replace('_', ' '));
        facts.put("Priority", priority.code());
        EmailComposer email = new EmailComposer().greeting(recipientName);
        String what = switch (template) {
            case TICKET_UPDATE -> {
                email.paragraph("There is news on ticket " + number.value() + " (" + title.value() + ").");
                yield "Update";
            }
            case TICKET_ATTENTION -> {
                email.paragraph("Ticket " + number.value() + " (" + title.value() + ") needs attention.");
                yield "Needs attention";
            }
            case REPLY_REMINDER -> {
                email.paragraph("We are still waiting for your answer on ticket " + number.value() + " ("
                        + title.value() + "). Reply on the ticket so we can go on.");
                yield "Waiting for your answer";
            }
        };
        return email.facts(facts)
                .link("View the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), what, title.value()),
                        toCustomer ? CUSTOMER_FOOTER : STAFF_FOOTER);
    }
}
