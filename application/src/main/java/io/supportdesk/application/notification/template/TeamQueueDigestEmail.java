package io.supportdesk.application.notification.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** To a team's lead in the morning: how many tickets wait in the team's queue with nobody on them, most urgent first. */
public record TeamQueueDigestEmail(String recipientName, String teamName, LocalDate date, int waiting,
                                   List<DailyDigestEmail.UrgentTicket> mostUrgent) implements EmailTemplate {

    public TeamQueueDigestEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(date, "date");
        mostUrgent = List.copyOf(mostUrgent);
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        String day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(date);
        EmailComposer mail = new EmailComposer()
                .greeting(recipientName)
                .paragraph(TemplateContext.plural(waiting, "ticket") + " in " + teamName
                        + "'s queue with nobody working on them.");
        if (!mostUrgent.isEmpty()) {
            mail.paragraph("Most urgent first:")
                    .bullets(mostUrgent.stream().map(ticket -> ticket.number().value() + " [" + ticket.priority().code()
                            + ", " + ticket.status().code() + "] " + ticket.title().value() + " (resolution due "
                            + context.time(ticket.resolutionDueAt()) + ")").toList());
        }
        return mail.link("Open Supportdesk", context.homeUrl())
                .build("Waiting in " + teamName + " on " + day + ": " + TemplateContext.plural(waiting, "ticket"),
                        STAFF_FOOTER + OPTIONAL_FOOTER);
    }
}
