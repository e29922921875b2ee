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
 */
public record EditTicketCommand(Actor actor, TicketReference ticket, OptionalLong expectedVersion,
                                Optional<Title> title, Optional<Description> description,
                                Optional<CategoryCode> category, Optional<Tags> tags,
                                Optional<CustomFields> customFields, Optional<Priority> priority,
                                Optional<TicketType> type, Optional<Optional<ProjectKey>> project) {

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
    }
}
