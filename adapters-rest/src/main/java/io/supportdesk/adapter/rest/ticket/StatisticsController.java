package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.application.ticket.port.in.ViewTicketStatisticsUseCase;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Ticket statistics: customers get those of their own tickets, agents their own figures, managers and admins the whole desk. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/stats")
@Tag(name = "Reports")
@UnauthorizedProblem
public class StatisticsController {

    private final ViewTicketStatisticsUseCase statistics;

    StatisticsController(ViewTicketStatisticsUseCase statistics) {
        this.statistics = statistics;
    }

    @Serdeable
    @Schema(name = "TicketStatistics")
    record StatisticsResponse(
            @Schema(description = "`all`: every ticket (managers, admins); `assigned_to_me`: the tickets assigned "
                    + "to the calling agent; `requested_by_me`: the calling customer's own tickets — every figure "
                    + "below is over these", example = "all") String scope,
            long total,
            @Schema(description = "Tickets not yet resolved or closed") long open,
            @Schema(description = "Open tickets nobody is assigned to") long unassigned,
            @Schema(example = "{\"open\": 4, \"assigned\": 2, \"in_progress\": 7, \"waiting_on_customer\": 1, "
                    + "\"on_hold\": 0, \"resolved\": 12, \"closed\": 30, \"reopened\": 1}")
            Map<String, Long> byStatus,
            @Schema(example = "{\"low\": 10, \"medium\": 31, \"high\": 14, \"urgent\": 2}")
            Map<String, Long> byPriority,
            @Schema(description = "Every category, in code order, zero included") Map<String, Long> byCategory,
            @Schema(description = "Mean time from creation to the first public staff reply, over the tickets "
                    + "that got one; null when none did", example = "5400") @Nullable Long averageFirstResponseSeconds,
            @Schema(description = "Mean time from creation to resolution, over the resolved tickets; null when "
                    + "none is", example = "86400") @Nullable Long averageResolutionSeconds) {

        static StatisticsResponse of(TicketFigures figures) {
            String scope = switch (figures.scope()) {
                case ReportScope.AllTickets all -> "all";
                case ReportScope.AssignedTo assigned -> "assigned_to_me";
                case ReportScope.RequestedBy own -> "requested_by_me";
            };
            return new StatisticsResponse(scope, figures.total(), figures.open(), figures.unassigned(),
                    codes(figures.byStatus(), TicketStatus::code), codes(figures.byPriority(), Priority::code),
                    codes(figures.byCategory(), c -> c.value()),
                    figures.averageFirstResponse().map(Duration::toSeconds).orElse(null),
                    figures.averageResolution().map(Duration::toSeconds).orElse(null));
        }

        private static <K> Map<String, Long> codes(Map<K, Long> counts, Function<K, String> code) {
            Map<String, Long> byCode = new LinkedHashMap<>();
            counts.forEach((key, count) -> byCode.put(code.apply(key), count));
            return byCode;
        }
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Ticket statistics",
            description = "Counts by status, priority and category, open and unassigned totals, and average "
                    + "first-response (the first public staff reply) and resolution times in seconds. Customers get "
                    + "the figures of their own tickets; agents those of the tickets assigned to them; managers and "
                    + "admins those of every ticket.")
    @ApiResponse(responseCode = "200", description = "The figures for the caller's scope")
    StatisticsResponse show(Authentication authentication) {
        return StatisticsResponse.of(statistics.view(CurrentActor.from(authentication)));
    }
}
