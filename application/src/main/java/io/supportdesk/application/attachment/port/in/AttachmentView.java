package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.attachment.Attachment;

import java.util.Objects;

/** An attachment as its reader sees it: the uploader by name, and a link the reader may follow without a token. */
public record AttachmentView(Attachment attachment, Participant uploader, SignedLink link) {

    public AttachmentView {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(link, "link");
    }
}
