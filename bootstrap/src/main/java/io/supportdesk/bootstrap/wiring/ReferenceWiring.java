package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.CreateCategoryService;
import io.supportdesk.application.ticket.DescribeWorkflowService;
import io.supportdesk.application.ticket.ListCategoriesService;
import io.supportdesk.application.ticket.ListPrioritiesService;
import io.supportdesk.application.ticket.UpdateCategoryService;
import io.supportdesk.application.ticket.ViewTicketStatisticsService;
import io.supportdesk.application.ticket.port.in.CreateCategoryUseCase;
import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase;
import io.supportdesk.application.ticket.port.in.ListCategoriesUseCase;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase;
import io.supportdesk.application.ticket.port.in.UpdateCategoryUseCase;
import io.supportdesk.application.ticket.port.in.ViewTicketStatisticsUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

/** The ticket capability's reference data (categories, priorities, workflow) and its statistics. */
@Factory
class ReferenceWiring {

    @Singleton
    ListCategoriesUseCase listCategories(CategoryCatalog categories) {
        return new ListCategoriesService(categories);
    }

    @Singleton
    CreateCategoryUseCase createCategory(CategoryCatalog categories, UnitOfWork unitOfWork) {
        return new CreateCategoryService(categories, unitOfWork);
    }

    @Singleton
    UpdateCategoryUseCase updateCategory(CategoryCatalog categories, TicketRouting routing, UnitOfWork unitOfWork) {
        return new UpdateCategoryService(categories, routing, unitOfWork);
    }

    @Singleton
    ListPrioritiesUseCase listPriorities(DeskSlaPolicy slaPolicy, UnitOfWork unitOfWork) {
        return new ListPrioritiesService(slaPolicy, unitOfWork);
    }

    @Singleton
    DescribeWorkflowUseCase describeWorkflow(Workflow workflow) {
        return new DescribeWorkflowService(workflow);
    }

    @Singleton
    ViewTicketStatisticsUseCase viewTicketStatistics(TicketStatistics statistics, CategoryCatalog categories) {
        return new ViewTicketStatisticsService(statistics, categories);
    }
}
