package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;

/**
 * To the assignee (or whoever triages an unassigned ticket): the customer wrote, once or several times within the
 * reply window — one email saying "3 new replies", not three.
 */
public record CustomerReplyEmail(String recipientName, TicketNumber number, Title title, Replies replies)
        implements EmailTemplate {

    public CustomerReplyEmail {
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
            mail.paragraph(reply.author() + " replied on ticket " + number.value() + " (" + title.value() + ")"
                    + (reply.body().isPresent() ? ":" : "."));
            what = "Customer replied";
        } else {
            mail.paragraph(replies.total() + " new replies on ticket " + number.value() + " (" + title.value()
                    + "):");
            what = replies.total() + " new replies";
        }
        replies.quoteInto(mail);
        return mail.link("Open the ticket", context.ticketUrl(number))
                .build(EmailComposer.subject(number.value(), what, title.value()), STAFF_FOOTER + OPTIONAL_FOOTER);
    }
}
