package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.supportdesk.adapter.persistence.sla.BusinessCalendarJson;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.CustomerView;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketSla;
import io.supportdesk.domain.ticket.TicketSnapshot;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The one translation between {@link TicketRow} and the domain's {@link TicketSnapshot}. */
@Singleton
final class TicketRowMapper {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;
    private final BusinessCalendarJson calendars;

    TicketRowMapper(JsonMapper json, BusinessCalendarJson calendars) {
        this.json = json;
        this.calendars = calendars;
    }

    /**
     * @param dueAsOf the moment the stored due times are computed for: they let the database sort by due date, and
     *                a paused clock's due time moves on by itself, so they are a snapshot as of the save
     */
    TicketRow toRow(TicketSnapshot s, Instant dueAsOf) {
        return new TicketRow(
                s.id().value(),
                s.number().value(),
                s.title().value(),
                s.description().value(),
                s.status().code(),
                s.priority().code(),
                s.category().value(),
                s.tags().values().toArray(String[]::new),
                s.requester().value(),
                s.assignee().map(UserId::value).orElse(null),
                s.team().map(TeamId::value).orElse(null),
                writeJson(s.customFields().values()),
                s.createdAt(),
                s.updatedAt(),
                s.firstRespondedAt().orElse(null),
                s.resolvedAt().orElse(null),
                s.closedAt().orElse(null),
                s.sla().firstResponse().startedAt(),
                s.sla().firstResponse().target().toSeconds(),
                s.sla().firstResponse().pausedTotal().toSeconds(),
                s.sla().firstResponse().pausedSince(),
                s.sla().firstResponse().stoppedAt(),
                s.sla().firstResponse().dueAt(dueAsOf),
                s.sla().resolution().startedAt(),
                s.sla().resolution().target().toSeconds(),
                s.sla().resolution().pausedTotal().toSeconds(),
                s.sla().resolution().pausedSince(),
                s.sla().resolution().stoppedAt(),
                s.sla().resolution().dueAt(dueAsOf),
                codes(s.sla().atRiskReported()),
                codes(s.sla().breachReported()),
                s.version(),
                s.customerView().version(),
                s.customerView().updatedAt(),
                calendars.write(s.sla().calendar()),
                s.sla().firstResponse().atRiskAt(),
                s.sla().resolution().atRiskAt(),
                s.type().code(),
                s.project().map(ProjectId::value).orElse(null),
                s.channel().code());
    }

    TicketSnapshot toSnapshot(TicketRow row) {
        BusinessCalendar calendar = calendars.read(row.slaCalendar());
        return new TicketSnapshot(
                new TicketId(row.id()),
                new TicketNumber(row.number()),
                new Title(row.title()),
                new Description(row.description()),
                TicketStatus.fromCode(row.status()),
                Priority.fromCode(row.priority()),
                new CategoryCode(row.category()),
                Tags.of(Arrays.asList(row.tags())),
                new UserId(row.requesterId()),
                Optional.ofNullable(row.assigneeId()).map(UserId::new),
                Optional.ofNullable(row.teamId()).map(TeamId::new),
                new CustomFields(readJson(row.customFields())),
                row.createdAt(),
                row.updatedAt(),
                Optional.ofNullable(row.firstRespondedAt()),
                Optional.ofNullable(row.resolvedAt()),
                Optional.ofNullable(row.closedAt()),
                new TicketSla(
                        new SlaClock(row.firstResponseStartedAt(), Duration.ofSeconds(row.firstResponseTargetS()),
                                Duration.ofSeconds(row.firstResponsePausedS()), row.firstResponsePausedSince(),
                                row.firstResponseStoppedAt(), countsIn(row.firstResponseStoppedAt(), calendar)),
                        new SlaClock(row.resolutionStartedAt(), Duration.ofSeconds(row.resolutionTargetS()),
                                Duration.ofSeconds(row.resolutionPausedS()), row.resolutionPausedSince(),
                                row.resolutionStoppedAt(), countsIn(row.resolutionStoppedAt(), calendar)),
                        kinds(row.slaAtRiskReported()),
                        kinds(row.slaBreachReported()),
                        calendar),
                row.version(),
                new CustomerView(row.customerVersion(), row.customerUpdatedAt()),
                TicketType.fromCode(row.type()),
                Optional.ofNullable(row.projectId()).map(ProjectId::new),
                TicketChannel.fromCode(row.channel()));
    }

    /** A stopped clock was frozen around the clock (SlaClock#stop); a running one counts in the ticket's hours. */
    private static BusinessCalendar countsIn(Instant stoppedAt, BusinessCalendar calendar) {
        return stoppedAt == null ? calendar : BusinessCalendar.ALWAYS_OPEN;
    }

    private String writeJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write custom fields as JSON", e);
        }
    }

    private Map<String, Object> readJson(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> read = json.readValue(value, JSON_OBJECT);
            return read == null ? Map.of() : new LinkedHashMap<>(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read custom fields JSON", e);
        }
    }

    private static String[] codes(Set<SlaClockKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<SlaClockKind> kinds(String[] codes) {
        Set<SlaClockKind> kinds = EnumSet.noneOf(SlaClockKind.class);
        List.of(codes).forEach(code -> kinds.add(SlaClockKind.valueOf(code)));
        return kinds;
    }
}
