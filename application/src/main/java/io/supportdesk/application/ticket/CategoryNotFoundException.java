package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.CategoryCode;

/** No category with that code. */
public final class CategoryNotFoundException extends RuntimeException {

    public CategoryNotFoundException(CategoryCode code) {
        super("category '" + code.value() + "' not found");
    }
}
