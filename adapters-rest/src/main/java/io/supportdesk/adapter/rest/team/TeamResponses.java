package io.supportdesk.adapter.rest.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.supportdesk.application.team.port.in.TeamDetails;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.team.Team;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Teams and calendars as the API shows them. */
final class TeamResponses {

    private TeamResponses() {
    }

    @Serdeable
    @Schema(name = "Team")
    record TeamResponse(long id, String name, String description, boolean active, String timeZone,
                        @Nullable CalendarRef calendar, String assignmentStrategy, boolean autoAssign,
                        List<MemberResponse> members, Instant createdAt, Instant updatedAt, long version) {

        static TeamResponse of(TeamDetails details) {
            Team.Snapshot t = details.team();
            return new TeamResponse(t.id().value(), t.name(), t.description(), t.active(), t.timeZone().getId(),
                    details.calendar().map(c -> new CalendarRef(c.id().value(), c.name())).orElse(null),
                    t.strategy(), t.autoAssign(), details.members().stream().map(MemberResponse::of).toList(),
                    t.createdAt(), t.updatedAt(), t.version());
        }
    }

    @Serdeable
    record TeamList(List<TeamResponse> items) {
    }

    @Serdeable
    record CalendarRef(long id, String name) {
    }

    @Serdeable
    record MemberResponse(long userId, String fullName, String role, String teamRole, String availability,
                          @Nullable Integer maxOpenTickets) {
        static MemberResponse of(TeamDetails.Member member) {
            return new MemberResponse(member.user().id().value(), member.user().fullName(),
                    member.user().role().code(), member.role().code(), member.availability().code(),
                    member.maxOpenTickets().isPresent() ? member.maxOpenTickets().getAsInt() : null);
        }
    }

    @Serdeable
    record Hours(@Schema(example = "09:00") @Nullable String from, @Schema(example = "17:00") @Nullable String to) {
    }

    @Serdeable
    record HolidayResponse(@Schema(example = "2026-12-25") @Nullable String date, @Nullable Boolean yearly) {
    }

    @Serdeable
    @Schema(name = "BusinessCalendar")
    record CalendarResponse(long id, String name, String timeZone, Map<String, List<Hours>> week,
                            List<HolidayResponse> holidays, Instant updatedAt) {

        static CalendarResponse of(StoredCalendar stored) {
            BusinessCalendar c = stored.calendar();
            Map<String, List<Hours>> week = new LinkedHashMap<>();
            c.week().forEach((day, hours) -> week.put(day.name().toLowerCase(Locale.ROOT),
                    hours.stream().map(h -> new Hours(h.from().toString(), h.to().toString())).toList()));
            return new CalendarResponse(stored.id().value(), stored.name(), c.zone().getId(), week,
                    c.holidays().stream().map(h -> new HolidayResponse(h.date().toString(), h.yearly())).toList(),
                    stored.updatedAt());
        }
    }

    @Serdeable
    record CalendarList(List<CalendarResponse> items) {
    }
}
