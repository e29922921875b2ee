package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;
import java.util.Optional;

/** To the assignee (or whoever triages an unassigned ticket): the customer wrote. */
public record CustomerReplyEmail(String recipientName, TicketNumber number, Title title, String customer,
                                 Optional<String> body) implements EmailTemplate {

    public CustomerReplyEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        EmailComposer mail = new EmailComposer()
                .greeting(recipientName)
                .paragraph(customer + " replied on ticket " + number.value() + " (" + title.value() + ")"
                        + (body.isPresent() ? ":" : "."));
        body.ifPresent(mail::quote);
        return mail.link("Open the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), "Customer replied", title.value()),
                        STAFF_FOOTER + OPTIONAL_FOOTER);
    }
}
