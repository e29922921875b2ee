package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;

import java.util.Objects;

/** Add this category (already a valid value) on the actor's behalf. */
public record CreateCategoryCommand(Actor actor, Category category) {

    public CreateCategoryCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(category, "category");
    }
}
