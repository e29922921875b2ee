package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;

/**
 * Open a ticket. {@code requester} is the customer the ticket is for: the submitter themself, or a customer on
 * whose behalf staff open it.
 */
public record SubmitTicketCommand(
        Actor submittedBy,
        UserId requester,
        Title title,
        Description description,
        CategoryCode category,
        Priority priority,
        Tags tags,
        CustomFields customFields) {

    public SubmitTicketCommand {
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        priority = priority == null ? Priority.MEDIUM : priority;
        tags = tags == null ? Tags.none() : tags;
        customFields = customFields == null ? CustomFields.none() : customFields;
    }
}
