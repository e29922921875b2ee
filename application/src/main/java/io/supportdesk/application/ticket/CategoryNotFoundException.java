package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.CategoryCode;

/** No category with that code (or the text given cannot even be a code). */
public final class CategoryNotFoundException extends RuntimeException {

    public CategoryNotFoundException(CategoryCode code) {
        this(code.value());
    }

    public CategoryNotFoundException(String reference) {
        super("category '" + reference + "' not found");
    }
}
