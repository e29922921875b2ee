package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ListCategoriesUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryPermissions;

import java.util.List;

public final class ListCategoriesService implements ListCategoriesUseCase {

    private final CategoryCatalog categories;

    public ListCategoriesService(CategoryCatalog categories) {
        this.categories = categories;
    }

    @Override
    public List<Category> list(Actor actor) {
        boolean all = CategoryPermissions.canSeeInactive(actor);
        return categories.all().stream().filter(category -> all || category.active()).toList();
    }
}
