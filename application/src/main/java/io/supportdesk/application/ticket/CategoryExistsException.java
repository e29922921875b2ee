package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.CategoryCode;

/** A category with that code exists already; codes are permanent, so the caller must pick another or edit it. */
public final class CategoryExistsException extends RuntimeException {

    private final transient CategoryCode code;

    public CategoryExistsException(CategoryCode code) {
        super("a category with code '" + code.value() + "' already exists");
        this.code = code;
    }

    public CategoryCode code() {
        return code;
    }
}
