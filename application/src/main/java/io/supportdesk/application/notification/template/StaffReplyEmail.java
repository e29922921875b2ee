package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;
import java.util.Optional;

/**
 * To the requester: support answered. {@code body} is the public reply's text; empty when it cannot be read, and the
 * email then only points to the ticket. Never built from an internal note.
 */
public record StaffReplyEmail(String recipientName, TicketNumber number, Title title, String author,
                              Optional<String> body) implements EmailTemplate {

    public StaffReplyEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        EmailComposer mail = new EmailComposer()
                .greeting(recipientName)
                .paragraph(author + " from support replied to your ticket " + number.value() + " (" + title.value()
                        + ")" + (body.isPresent() ? ":" : "."));
        body.ifPresent(mail::quote);
        return mail.link("Read and answer on the ticket page", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), "New reply", title.value()),
                        CUSTOMER_FOOTER + OPTIONAL_FOOTER);
    }
}
