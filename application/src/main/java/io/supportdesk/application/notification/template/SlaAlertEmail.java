package io.supportdesk.application.notification.template;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** To the assignee and the managers: an SLA clock is about to run out ({@code breached} false) or has. */
public record SlaAlertEmail(String recipientName, TicketNumber number, Title title, Priority priority,
                            SlaClockKind clock, Instant dueAt, boolean breached, Optional<String> assignee)
        implements EmailTemplate {

    public SlaAlertEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(assignee, "assignee");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        String promise = clock == SlaClockKind.FIRST_RESPONSE ? "first response" : "resolution";
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ticket", number.value());
        facts.put("Title", title.value());
        facts.put("Priority", priority.code());
        facts.put("Assignee", assignee.orElse("nobody"));
        facts.put(breached ? "Was due" : "Due", context.time(dueAt));
        String what = breached
                ? "The " + promise + " target of ticket " + number.value() + " was missed."
                : "The " + promise + " target of ticket " + number.value() + " is at risk: it is due "
                        + context.time(dueAt) + ".";
        return new EmailComposer()
                .greeting(recipientName)
                .paragraph(what)
                .facts(facts)
                .link("Open the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(),
                        (breached ? "SLA breached: " : "SLA at risk: ") + promise, title.value()), STAFF_FOOTER);
    }
}
