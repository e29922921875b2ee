package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** To the requester: we have your request, this is its number, and when to expect a first answer. */
public record TicketCreatedEmail(String recipientName, TicketNumber number, Title title, Priority priority,
                                 Instant firstResponseDueAt) implements EmailTemplate {

    public TicketCreatedEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ticket", number.value());
        facts.put("Title", title.value());
        facts.put("Priority", priority.code());
        return new EmailComposer()
                .greeting(recipientName)
                .paragraph("We received your request and gave it the number " + number.value() + ".")
                .facts(facts)
                .paragraph("We aim to send you a first response by " + context.time(firstResponseDueAt) + ".")
                .link("View your ticket", context.ticketUrl(number))
                .paragraph("To add anything, reply on the ticket page; please mention " + number.value()
                        + " if you write to us about it.")
                .build(EmailComposer.subject(number.value(), "We received your request", title.value()),
                        CUSTOMER_FOOTER);
    }
}
