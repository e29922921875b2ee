package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** To an agent in the morning: how many open tickets they have, by status, and the most urgent ones. */
public record DailyDigestEmail(String recipientName, LocalDate date, Map<TicketStatus, Integer> openByStatus,
                               List<UrgentTicket> mostUrgent) implements EmailTemplate {

    public DailyDigestEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(date, "date");
        openByStatus = Map.copyOf(openByStatus);
        mostUrgent = List.copyOf(mostUrgent);
    }

    /** One line of the "most urgent" list. */
    public record UrgentTicket(TicketNumber number, Title title, Priority priority, TicketStatus status,
                               Instant resolutionDueAt) {

        public UrgentTicket {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        }
    }

    public int total() {
        return openByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        String day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(date);
        Map<String, String> counts = new LinkedHashMap<>();
        for (TicketStatus status : TicketStatus.values()) {
            Integer count = openByStatus.get(status);
            if (count != null && count > 0) {
                counts.put(status.code(), String.valueOf(count));
            }
        }
        int total = total();
        EmailComposer mail = new EmailComposer()
                .greeting(recipientName)
                .paragraph("You have " + TemplateContext.plural(total, "open ticket") + " assigned to you.")
                .facts(counts);
        if (!mostUrgent.isEmpty()) {
            mail.paragraph("Most urgent first:")
                    .bullets(mostUrgent.stream().map(ticket -> ticket.number().value() + " [" + ticket.priority().code()
                            + ", " + ticket.status().code() + "] " + ticket.title().value() + " (resolution due "
                            + context.time(ticket.resolutionDueAt()) + ")").toList());
        }
        return mail.link("Open Supportdesk", context.homeUrl())
                .build("Your Supportdesk digest for " + day + ": " + TemplateContext.plural(total, "open ticket"),
                        STAFF_FOOTER + OPTIONAL_FOOTER);
    }
}
