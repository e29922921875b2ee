package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.Category;

/**
 * Changes a category's name, description, required skill, SLA overrides or whether it is active; administrators
 * only. Tickets already filed keep the SLA due times they were given; new tickets and priority changes use the new
 * overrides.
 */
public interface UpdateCategoryUseCase {

    /**
     * @throws io.supportdesk.application.ticket.CategoryNotFoundException when there is no category with the code
     * @throws io.supportdesk.domain.ticket.TicketAccessDenied when the actor is not an administrator
     */
    Category update(UpdateCategoryCommand command);
}
