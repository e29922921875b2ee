package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** To the agent a ticket was given to, naming the team whose queue it came from, if any. */
public record TicketAssignedEmail(String recipientName, TicketNumber number, Title title, Priority priority,
                                  TicketStatus status, String assignedBy, Instant resolutionDueAt,
                                  Optional<String> team)
        implements EmailTemplate {

    public TicketAssignedEmail(String recipientName, TicketNumber number, Title title, Priority priority,
                               TicketStatus status, String assignedBy, Instant resolutionDueAt) {
        this(recipientName, number, title, priority, status, assignedBy, resolutionDueAt, Optional.empty());
    }

    public TicketAssignedEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        Objects.requireNonNull(team, "team");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ticket", number.value());
        facts.put("Title", title.value());
        facts.put("Priority", priority.code());
        facts.put("Status", status.code());
        team.ifPresent(name -> facts.put("Team", name));
        facts.put("Resolution due", context.time(resolutionDueAt));
        return new EmailComposer()
                .greeting(recipientName)
                .paragraph(assignedBy + " assigned ticket " + number.value() + " to you.")
                .facts(facts)
                .link("Open the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), "Assigned to you", title.value()), STAFF_FOOTER);
    }
}
