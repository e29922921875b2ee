package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;

import java.util.List;
import java.util.Optional;

/** The categories tickets are filed under, with their routing skill and SLA overrides. */
public interface CategoryCatalog {

    Optional<Category> find(CategoryCode code);

    List<Category> all();

    /**
     * Inserts a new category; whether the code is free is decided atomically by the store.
     *
     * @throws io.supportdesk.application.ticket.CategoryExistsException when a category with the code exists
     */
    Category add(Category category);

    /** Inserts or replaces the category with this code. */
    Category save(Category category);
}
