package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.application.ticket.port.in.ViewTicketStatisticsUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.ReportScope;

public final class ViewTicketStatisticsService implements ViewTicketStatisticsUseCase {

    private final TicketStatistics statistics;
    private final CategoryCatalog categories;

    public ViewTicketStatisticsService(TicketStatistics statistics, CategoryCatalog categories) {
        this.statistics = statistics;
        this.categories = categories;
    }

    @Override
    public TicketFigures view(Actor actor) {
        ReportScope scope = ReportScope.of(actor);
        // Every category appears, so a dashboard's rows do not come and go with the tickets.
        return statistics.compute(scope).withCategories(categories.all().stream().map(Category::code).toList());
    }
}
