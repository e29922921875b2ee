package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Title;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A partial update: absent fields stay as they are.
 *
 * @param project present and empty takes the ticket out of its project (staff only, like the type)
 * @param tagChange tags to add and remove, applied to the tags the ticket has when the change runs; not together
 *                  with {@code tags}, which replaces them all
 */
public record EditTicketCommand(Actor actor, TicketReference ticket, OptionalLong expectedVersion,
                                Optional<Title> title, Optional<Description> description,
                                Optional<CategoryCode> category, Optional<Tags> tags,
                                Optional<CustomFields> customFields, Optional<Priority> priority,
                                Optional<TicketType> type, Optional<Optional<ProjectKey>> project,
                                Optional<TagChange> tagChange) {

    public EditTicketCommand(Actor actor, TicketReference ticket, OptionalLong expectedVersion,
                             Optional<Title> title, Optional<Description> description,
                             Optional<CategoryCode> category, Optional<Tags> tags,
                             Optional<CustomFields> customFields, Optional<Priority> priority,
                             Optional<TicketType> type, Optional<Optional<ProjectKey>> project) {
        this(actor, ticket, expectedVersion, title, description, category, tags, customFields, priority, type,
                project, Optional.empty());
    }

    /** Only a change of tags: the ones given are added and removed, the others stay. */
    public static EditTicketCommand retag(Actor actor, TicketReference ticket, OptionalLong expectedVersion,
                                          TagChange change) {
        return new EditTicketCommand(actor, ticket, expectedVersion, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(change));
    }

    public EditTicketCommand(Actor actor, TicketReference ticket, OptionalLong expectedVersion,
                             Optional<Title> title, Optional<Description> description,
                             Optional<CategoryCode> category, Optional<Tags> tags,
                             Optional<CustomFields> customFields, Optional<Priority> priority) {
        this(actor, ticket, expectedVersion, title, description, category, tags, customFields, priority,
                Optional.empty(), Optional.empty());
    }

    public EditTicketCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(tagChange, "tagChange");
        if (tags.isPresent() && tagChange.isPresent()) {
            throw new IllegalArgumentException("replace the tags or add and remove some, not both");
        }
    }
}
