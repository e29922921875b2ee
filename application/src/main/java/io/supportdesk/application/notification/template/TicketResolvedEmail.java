package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.time.Duration;
import java.util.Objects;

/** To the requester: we consider it solved, and here is how to reopen it if not. */
public record TicketResolvedEmail(String recipientName, TicketNumber number, Title title, String resolvedBy,
                                  Duration reopenWindow) implements EmailTemplate {

    public TicketResolvedEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(reopenWindow, "reopenWindow");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        return new EmailComposer()
                .greeting(recipientName)
                .paragraph(resolvedBy + " marked your ticket " + number.value() + " (" + title.value()
                        + ") as resolved.")
                .paragraph("If the problem is not solved, open the ticket and choose Reopen, or reply there. You can"
                        + " reopen it until " + TemplateContext.duration(reopenWindow) + " after it is closed.")
                .link("View your ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), "Resolved", title.value()), CUSTOMER_FOOTER);
    }
}
