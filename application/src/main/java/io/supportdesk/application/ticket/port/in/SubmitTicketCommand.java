package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketMetadata;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;
import java.util.Optional;

/**
 * Open a ticket. Without {@code requesterEmail} it is the submitter's own; staff may name an existing customer to
 * open it on their behalf, and put it in a project.
 *
 * @param type a question unless told otherwise
 * @param channel how the ticket came in: the web unless staff say otherwise
 */
public record SubmitTicketCommand(
        Actor submittedBy,
        Optional<String> requesterEmail,
        Title title,
        Description description,
        CategoryCode category,
        Priority priority,
        Tags tags,
        CustomFields customFields,
        TicketMetadata metadata,
        TicketType type,
        Optional<ProjectKey> project,
        TicketChannel channel) {

    public SubmitTicketCommand(Actor submittedBy, Optional<String> requesterEmail, Title title,
                               Description description, CategoryCode category, Priority priority, Tags tags,
                               CustomFields customFields, TicketMetadata metadata) {
        this(submittedBy, requesterEmail, title, description, category, priority, tags, customFields, metadata,
                TicketType.QUESTION, Optional.empty(), TicketChannel.WEB);
    }

    public SubmitTicketCommand {
        Objects.requireNonNull(submittedBy, "submittedBy");
        requesterEmail = requesterEmail == null ? Optional.empty()
                : requesterEmail.map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).filter(e -> !e.isEmpty());
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        priority = priority == null ? Priority.MEDIUM : priority;
        tags = tags == null ? Tags.none() : tags;
        customFields = customFields == null ? CustomFields.none() : customFields;
        metadata = metadata == null ? TicketMetadata.none() : metadata;
        type = type == null ? TicketType.QUESTION : type;
        project = project == null ? Optional.empty() : project;
        channel = channel == null ? TicketChannel.WEB : channel;
    }
}
