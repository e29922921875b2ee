package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;

/**
 * To the requester: support answered, once or several times within the reply window. A reply whose text cannot be
 * read is not quoted, and the email then points to the ticket. Never built from an internal note.
 */
public record StaffReplyEmail(String recipientName, TicketNumber number, Title title, Replies replies)
        implements EmailTemplate {

    public StaffReplyEmail {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(replies, "replies");
    }

    @Override
    public RenderedEmail render(TemplateContext context) {
        EmailComposer mail = new EmailComposer().greeting(recipientName);
        String what;
        if (replies.single()) {
            ReplyText reply = replies.quoted().getFirst();
            mail.paragraph(reply.author() + " from support replied to your ticket " + number.value() + " ("
                    + title.value() + ")" + (reply.body().isPresent() ? ":" : "."));
            what = "New reply";
        } else {
            mail.paragraph("Support replied " + replies.total() + " times to your ticket " + number.value() + " ("
                    + title.value() + "):");
            what = replies.total() + " new replies";
        }
        replies.quoteInto(mail);
        return mail.link("Read and answer on the ticket page", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), what, title.value()), CUSTOMER_FOOTER + OPTIONAL_FOOTER);
    }
}
