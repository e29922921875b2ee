package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase.WorkflowDescription;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** Categories, priorities and statuses as clients see them; durations as ISO-8601 text and as whole minutes. */
final class ReferenceResponses {

    private ReferenceResponses() {
    }

    @Serdeable
    @Schema(name = "Category")
    record CategoryResponse(
            @Schema(example = "billing") String code,
            @Schema(example = "Billing") String name,
            @Schema(example = "Invoices, payments and refunds") String description,
            @Schema(description = "Agents with this skill are preferred when assigning", example = "billing")
            @Nullable String requiredSkill,
            @Schema(description = "Tightens the first-response target of every priority; null: no override",
                    example = "60") @Nullable Long firstResponseMinutes,
            @Schema(description = "Tightens the resolution target of every priority; null: no override")
            @Nullable Long resolutionMinutes,
            @Schema(description = "Inactive categories are kept for existing tickets but cannot be chosen")
            boolean active,
            @Schema(description = "The team new tickets of this category join; null: the desk's default team")
            @Nullable Long teamId) {

        CategoryResponse withoutRouting() {
            return new CategoryResponse(code, name, description, requiredSkill, firstResponseMinutes,
                    resolutionMinutes, active, null);
        }

        static CategoryResponse of(Category category) {
            return new CategoryResponse(category.code().value(), category.name(), category.description(),
                    category.requiredSkill().orElse(null),
                    category.firstResponseOverride().map(Duration::toMinutes).orElse(null),
                    category.resolutionOverride().map(Duration::toMinutes).orElse(null), category.active(),
                    category.team().map(TeamId::value).orElse(null));
        }
    }

    @Serdeable
    @Schema(name = "CategoryList")
    record CategoryList(List<CategoryResponse> items) {
    }

    @Serdeable
    @Schema(name = "Priority")
    record PriorityResponse(@Schema(example = "high") String code,
                            @Schema(description = "1 (low) to 4 (urgent)", example = "3") int rank, Sla sla) {

        static PriorityResponse of(PriorityTargets targets) {
            return new PriorityResponse(targets.priority().code(), targets.priority().rank(),
                    new Sla(targets.targets().firstResponse().toString(), targets.targets().firstResponse().toMinutes(),
                            targets.targets().resolution().toString(), targets.targets().resolution().toMinutes()));
        }
    }

    /** A priority's SLA targets before category overrides. */
    @Serdeable
    @Schema(name = "PrioritySla")
    record Sla(@Schema(example = "PT4H") String firstResponse, @Schema(example = "240") long firstResponseMinutes,
               @Schema(example = "PT48H") String resolution, @Schema(example = "2880") long resolutionMinutes) {
    }

    @Serdeable
    @Schema(name = "PriorityList")
    record PriorityList(List<PriorityResponse> items) {
    }

    @Serdeable
    @Schema(name = "Status")
    record StatusResponse(@Schema(example = "in_progress") String code,
                          @Schema(description = "Whether a ticket in this status still asks for work") boolean open,
                          @Schema(description = "The statuses it may move to next, in workflow order",
                                  example = "[\"waiting_on_customer\", \"on_hold\", \"resolved\", \"closed\"]")
                          List<String> allowedTargets) {
    }

    @Serdeable
    @Schema(name = "Workflow")
    record StatusList(List<StatusResponse> items,
                      @Schema(description = "How long after closing a ticket may still be reopened",
                              example = "PT168H") String reopenWindow,
                      @Schema(example = "10080") long reopenWindowMinutes) {

        static StatusList of(WorkflowDescription workflow) {
            return new StatusList(workflow.statuses().stream().map(row -> new StatusResponse(row.status().code(),
                    row.open(), row.allowedTargets().stream().sorted(Comparator.comparingInt(TicketStatus::ordinal))
                    .map(TicketStatus::code).toList())).toList(),
                    workflow.reopenWindow().toString(), workflow.reopenWindow().toMinutes());
        }
    }
}
