package io.supportdesk.application.notification.template;

import io.supportdesk.domain.attachment.AttachmentLimits;

import java.util.List;
import java.util.Objects;

/**
 * The replies one email gathers: those written on one ticket for one recipient within the reply window, oldest
 * first. Only the newest {@link #MAX_QUOTED} are quoted, so a storm cannot make an email of any size.
 *
 * @param quoted the replies to quote, at most {@link #MAX_QUOTED}, oldest first
 * @param total  how many replies the email tells of, those not quoted included
 */
public record Replies(List<ReplyText> quoted, int total) {

    public static final int MAX_QUOTED = 10;

    public Replies {
        quoted = List.copyOf(Objects.requireNonNull(quoted, "quoted"));
        if (quoted.isEmpty() || quoted.size() > MAX_QUOTED || total < quoted.size()) {
            throw new IllegalArgumentException("between 1 and " + MAX_QUOTED + " quoted replies of " + total
                    + ", was " + quoted.size());
        }
    }

    public static Replies one(ReplyText reply) {
        return new Replies(List.of(reply), 1);
    }

    boolean single() {
        return total == 1;
    }

    /** Quotes each reply under its author's name, and says how many older ones are only on the ticket page. */
    void quoteInto(EmailComposer mail) {
        if (total > quoted.size()) {
            int older = total - quoted.size();
            mail.paragraph(older == 1 ? "1 earlier reply is on the ticket page; the newest:"
                    : older + " earlier replies are on the ticket page; the newest:");
        }
        for (ReplyText reply : quoted) {
            if (!single()) {
                mail.paragraph(reply.author() + " wrote:");
            }
            reply.body().ifPresentOrElse(mail::quote, () -> {
                if (!single()) {
                    mail.paragraph("(open the ticket to read it)");
                }
            });
            for (ReplyText.FileLink file : reply.files()) {
                mail.link("Download " + file.fileName() + " (" + AttachmentLimits.readable(file.size()) + ")", file.url());
            }
        }
    }
}
