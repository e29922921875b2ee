package io.supportdesk.application.team;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.in.ManageCalendarsUseCase;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamPermissions;
import io.supportdesk.domain.team.TeamRuleViolation;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ManageCalendarsService implements ManageCalendarsUseCase {

    public static final int MAX_NAME_LENGTH = 100;

    private final BusinessCalendars calendars;
    private final TeamRepository teams;
    private final TeamTickets teamTickets;
    private final TicketRepository tickets;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ManageCalendarsService(BusinessCalendars calendars, TeamRepository teams, TeamTickets teamTickets,
                                  TicketRepository tickets, UnitOfWork unitOfWork, Clock clock) {
        this.calendars = calendars;
        this.teams = teams;
        this.teamTickets = teamTickets;
        this.tickets = tickets;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public StoredCalendar create(Actor actor, String name, BusinessCalendar calendar) {
        TeamPermissions.checkManage(actor);
        String checked = name(name);
        return unitOfWork.inTransaction(() -> calendars.add(checked, calendar, clock.instant()));
    }

    @Override
    public StoredCalendar replace(Actor actor, BusinessCalendarId id, String name, BusinessCalendar calendar) {
        TeamPermissions.checkManage(actor);
        String checked = name(name);
        return unitOfWork.inTransaction(() -> {
            StoredCalendar before = find(id);
            StoredCalendar after = calendars.replace(id, checked, calendar, clock.instant());
            if (!before.calendar().equals(calendar)) {
                // Open tickets of the teams that count in it are recounted in the new hours, in this transaction.
                for (Team team : teams.all()) {
                    if (team.calendar().equals(Optional.of(id))) {
                        for (TicketId ticket : teamTickets.open(team.id())) {
                            tickets.findByIdForUpdate(ticket).filter(t -> t.countSlaIn(calendar, clock))
                                    .ifPresent(tickets::save);
                        }
                    }
                }
            }
            return after;
        });
    }

    @Override
    public List<StoredCalendar> list(Actor actor) {
        TeamPermissions.checkRead(actor);
        return unitOfWork.reading(calendars::all);
    }

    @Override
    public StoredCalendar view(Actor actor, BusinessCalendarId id) {
        TeamPermissions.checkRead(actor);
        return unitOfWork.reading(() -> find(id));
    }

    @Override
    public void delete(Actor actor, BusinessCalendarId id) {
        TeamPermissions.checkManage(actor);
        unitOfWork.run(() -> {
            if (!calendars.delete(id)) {
                throw notFound(id);
            }
        });
    }

    private StoredCalendar find(BusinessCalendarId id) {
        return calendars.find(id).orElseThrow(() -> notFound(id));
    }

    private static TeamNotFoundException notFound(BusinessCalendarId id) {
        return new TeamNotFoundException("no business calendar with id " + id.value());
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new TeamRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }
}
