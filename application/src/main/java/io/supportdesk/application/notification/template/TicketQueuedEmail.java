package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** To the members of a team: a ticket waits in their queue with nobody working on it. */
public record TicketQueuedEmail(String recipientName, TicketNumber number, Title title, Priority priority,
                                String teamName, String movedBy, Instant firstResponseDueAt)
        implements EmailTemplate {

    public TicketQueuedEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(movedBy, "movedBy");
        Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ticket", number.value());
        facts.put("Title", title.value());
        facts.put("Priority", priority.code());
        facts.put("Team", teamName);
        facts.put("First response due", context.time(firstResponseDueAt));
        return new EmailComposer()
                .greeting(recipientName)
                .paragraph(movedBy + " sent ticket " + number.value() + " to " + teamName
                        + ", and nobody is working on it yet.")
                .facts(facts)
                .link("Open the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), "Waiting in " + teamName, title.value()),
                        STAFF_FOOTER);
    }
}
