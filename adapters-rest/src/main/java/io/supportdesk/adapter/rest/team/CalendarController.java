package io.supportdesk.adapter.rest.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.adapter.rest.team.TeamResponses.CalendarList;
import io.supportdesk.adapter.rest.team.TeamResponses.CalendarResponse;
import io.supportdesk.adapter.rest.team.TeamResponses.HolidayResponse;
import io.supportdesk.adapter.rest.team.TeamResponses.Hours;
import io.supportdesk.application.team.TeamNotFoundException;
import io.supportdesk.application.team.port.in.ManageCalendarsUseCase;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When teams are open: a time zone, weekly opening hours (several ranges a day; a range that ends before it starts
 * runs overnight into the next day) and holidays (one-off or every year). SLA clocks of a team with a calendar count
 * only its open time; a team without one counts around the clock.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/calendars")
@Tag(name = "Teams")
@UnauthorizedProblem
public class CalendarController {

    private final ManageCalendarsUseCase calendars;

    CalendarController(ManageCalendarsUseCase calendars) {
        this.calendars = calendars;
    }

    @Serdeable
    @Schema(name = "BusinessCalendarRequest")
    record CalendarRequest(@Schema(example = "Berlin office", requiredMode = Schema.RequiredMode.REQUIRED)
                           @Nullable String name,
                           @Schema(example = "Europe/Berlin", requiredMode = Schema.RequiredMode.REQUIRED)
                           @Nullable String timeZone,
                           @Schema(description = "Opening hours by day name (monday..sunday); a missing day is closed."
                                   + " \"to\" 00:00 means midnight; \"to\" before \"from\" runs overnight.")
                           @Nullable Map<String, List<Hours>> week,
                           @Nullable List<HolidayResponse> holidays) {
    }

    @Get
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "List business calendars (staff)")
    @ApiResponse(responseCode = "200", description = "Every calendar, by name")
    @ForbiddenProblem
    CalendarList index(Authentication authentication) {
        return new CalendarList(calendars.list(CurrentActor.from(authentication)).stream()
                .map(CalendarResponse::of).toList());
    }

    @Get("/{calendar}")
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Read a business calendar (staff)")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such calendar", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CalendarResponse show(@PathVariable String calendar, Authentication authentication) {
        return CalendarResponse.of(calendars.view(CurrentActor.from(authentication), calendarId(calendar)));
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create a business calendar (administrators)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new calendar",
            content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
    @ForbiddenProblem
    @ApiResponse(responseCode = "409", description = "The name is taken", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    HttpResponse<CalendarResponse> create(@Body CalendarRequest request, Authentication authentication) {
        BusinessCalendar calendar = calendar(request);
        StoredCalendar created = calendars.create(CurrentActor.from(authentication), request.name(), calendar);
        return HttpResponse.created(CalendarResponse.of(created),
                URI.create("/api/v1/calendars/" + created.id().value()));
    }

    @Put("/{calendar}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Replace a business calendar (administrators)",
            description = "The open tickets of every team that counts in it are recounted in the new hours.")
    @ApiResponse(responseCode = "200", description = "The calendar as replaced")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such calendar", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    CalendarResponse replace(@PathVariable String calendar, @Body CalendarRequest request,
                             Authentication authentication) {
        BusinessCalendarId id = calendarId(calendar);
        return CalendarResponse.of(calendars.replace(CurrentActor.from(authentication), id, request.name(),
                calendar(request)));
    }

    @Delete("/{calendar}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Delete a business calendar no team uses (administrators)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such calendar", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A team still uses it", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> delete(@PathVariable String calendar, Authentication authentication) {
        calendars.delete(CurrentActor.from(authentication), calendarId(calendar));
        return HttpResponse.noContent();
    }

    /** Every problem of the request at once, field by field. */
    private static BusinessCalendar calendar(CalendarRequest request) {
        FieldViolations v = new FieldViolations();
        if (request.name() == null || request.name().isBlank()) {
            v.reject("name", "is required");
        }
        ZoneId zone = v.required("time_zone", request.timeZone(), given -> {
            try {
                return ZoneId.of(given.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unknown time zone '" + given
                        + "'; use an IANA name such as Europe/Berlin");
            }
        });
        Map<DayOfWeek, List<BusinessCalendar.OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        if (request.week() != null) {
            request.week().forEach((day, ranges) -> {
                String field = "week." + day;
                DayOfWeek dayOfWeek = v.check(field, () -> dayOfWeek(day));
                List<BusinessCalendar.OpeningHours> hours = new ArrayList<>();
                for (Hours range : ranges == null ? List.<Hours>of() : ranges) {
                    if (range == null) {
                        v.reject(field, "a range is an object with \"from\" and \"to\", as HH:MM");
                        continue;
                    }
                    BusinessCalendar.OpeningHours h = v.check(field, () -> new BusinessCalendar.OpeningHours(
                            time(range.from(), "from"), time(range.to(), "to")));
                    if (h != null) {
                        hours.add(h);
                    }
                }
                if (dayOfWeek != null) {
                    week.put(dayOfWeek, hours);
                }
            });
        }
        List<BusinessCalendar.Holiday> holidays = new ArrayList<>();
        if (request.holidays() != null) {
            for (HolidayResponse holiday : request.holidays()) {
                if (holiday == null) {
                    v.reject("holidays", "a holiday is an object with a \"date\", as YYYY-MM-DD");
                    continue;
                }
                BusinessCalendar.Holiday h = v.check("holidays", () -> new BusinessCalendar.Holiday(
                        date(holiday.date()), Boolean.TRUE.equals(holiday.yearly())));
                if (h != null) {
                    holidays.add(h);
                }
            }
        }
        v.throwIfAny();
        BusinessCalendar calendar = v.check("week", () -> BusinessCalendar.of(zone, week, holidays));
        v.throwIfAny();
        return calendar;
    }

    private static DayOfWeek dayOfWeek(String day) {
        try {
            return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + day + "' is not a day; use monday to sunday");
        }
    }

    private static LocalTime time(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException("\"" + what + "\" is required, as HH:MM");
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + what + "\" must be a time of day as HH:MM, was '" + text + "'");
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a holiday needs a \"date\", as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a holiday's date must be YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static BusinessCalendarId calendarId(String text) {
        return RequestParameters.id(text, BusinessCalendarId::new,
                given -> new TeamNotFoundException("no business calendar with id " + given));
    }
}
