package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.Category;

/** Adds a category; administrators only, and the code must be new. */
public interface CreateCategoryUseCase {

    /**
     * @throws io.supportdesk.application.ticket.CategoryExistsException when the code is taken
     * @throws io.supportdesk.domain.ticket.TicketAccessDenied when the actor is not an administrator
     */
    Category create(CreateCategoryCommand command);
}
