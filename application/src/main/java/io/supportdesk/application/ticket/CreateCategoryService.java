package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.CreateCategoryCommand;
import io.supportdesk.application.ticket.port.in.CreateCategoryUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryPermissions;

public final class CreateCategoryService implements CreateCategoryUseCase {

    private final CategoryCatalog categories;
    private final UnitOfWork unitOfWork;

    public CreateCategoryService(CategoryCatalog categories, UnitOfWork unitOfWork) {
        this.categories = categories;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Category create(CreateCategoryCommand command) {
        CategoryPermissions.checkManage(command.actor());
        return unitOfWork.inTransaction(() -> categories.add(command.category()));
    }
}
