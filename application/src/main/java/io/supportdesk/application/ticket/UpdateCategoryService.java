package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.UpdateCategoryCommand;
import io.supportdesk.application.ticket.port.in.UpdateCategoryUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryPermissions;

import java.time.Duration;
import java.util.Optional;

public final class UpdateCategoryService implements UpdateCategoryUseCase {

    private final CategoryCatalog categories;
    private final TicketRouting routing;
    private final UnitOfWork unitOfWork;

    public UpdateCategoryService(CategoryCatalog categories, TicketRouting routing, UnitOfWork unitOfWork) {
        this.categories = categories;
        this.routing = routing;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Category update(UpdateCategoryCommand command) {
        CategoryPermissions.checkManage(command.actor());
        return unitOfWork.inTransaction(() -> {
            Category current = categories.find(command.code())
                    .orElseThrow(() -> new CategoryNotFoundException(command.code()));
            Category changed = new Category(current.code(),
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    command.requiredSkill().isPresent() ? command.requiredSkill() : current.requiredSkill(),
                    override(command.firstResponseOverride(), current.firstResponseOverride()),
                    override(command.resolutionOverride(), current.resolutionOverride()),
                    command.active().orElse(current.active()),
                    command.team().orElse(current.team()));
            changed.team().filter(team -> !routing.teamExists(team)).ifPresent(team -> {
                throw new TicketRuleViolation("team_id", "no team with id " + team.value());
            });
            return changed.equals(current) ? current : categories.save(changed);
        });
    }

    private static Optional<Duration> override(Optional<Duration> requested, Optional<Duration> current) {
        if (requested.isEmpty()) {
            return current;
        }
        return requested.get().equals(UpdateCategoryCommand.REMOVE_OVERRIDE) ? Optional.empty() : requested;
    }
}
