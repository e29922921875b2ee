package io.supportdesk.application.team;

import io.supportdesk.application.identity.CallerCache;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.in.CreateTeamCommand;
import io.supportdesk.application.team.port.in.ManageTeamsUseCase;
import io.supportdesk.application.team.port.in.TeamDetails;
import io.supportdesk.application.team.port.in.UpdateTeamCommand;
import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamPermissions;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.team.TeamRuleViolation;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

public final class ManageTeamsService implements ManageTeamsUseCase {

    private final TeamRepository teams;
    private final TeamMembers members;
    private final BusinessCalendars calendars;
    private final TeamTickets teamTickets;
    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final TicketParticipants participants;
    private final AgentAvailability availability;
    private final TeamRouting routing;
    private final FollowerPruning followers;
    private final WaitingTickets waiting;
    private final CallerCache callers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ManageTeamsService(TeamRepository teams, TeamMembers members, BusinessCalendars calendars,
                              TeamTickets teamTickets, TicketRepository tickets, TicketEventPublisher events,
                              TicketParticipants participants, AgentAvailability availability, TeamRouting routing,
                              FollowerPruning followers, WaitingTickets waiting, CallerCache callers,
                              UnitOfWork unitOfWork, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.calendars = calendars;
        this.teamTickets = teamTickets;
        this.tickets = tickets;
        this.events = events;
        this.participants = participants;
        this.availability = availability;
        this.routing = routing;
        this.followers = followers;
        this.waiting = waiting;
        this.callers = callers;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TeamDetails create(CreateTeamCommand command) {
        TeamPermissions.checkManage(command.actor());
        return unitOfWork.inTransaction(() -> {
            Optional<StoredCalendar> calendar = command.calendar().map(this::calendar);
            ZoneId zone = command.timeZone().map(Team::timeZone)
                    .or(() -> calendar.map(c -> c.calendar().zone())).orElse(ZoneOffset.UTC);
            Team team = teams.add(Team.create(command.name(), command.description(), zone, command.calendar(),
                    command.strategy(), command.autoAssign(), clock));
            return details(team);
        });
    }

    @Override
    public TeamDetails update(UpdateTeamCommand command) {
        TeamPermissions.checkManage(command.actor());
        return unitOfWork.inTransaction(() -> {
            Team team = team(command.team());
            Optional<BusinessCalendarId> before = team.calendar();
            boolean assignedBefore = team.active() && team.autoAssign();
            command.calendar().flatMap(c -> c).ifPresent(this::calendar);
            team.change(command.name(), command.description(), command.active(),
                    command.timeZone().map(Team::timeZone), command.calendar(), command.strategy(),
                    command.autoAssign(), clock);
            Team saved = teams.save(team);
            if (!saved.calendar().equals(before)) {
                recount(saved);
            }
            if (!assignedBefore) {
                // Starting to assign on arrival (or active again): what already waits is handed out too.
                waiting.handOut(saved);
            }
            return details(saved);
        });
    }

    /**
     * The team's open tickets are counted in its new calendar: each running clock's due time is recomputed from its
     * start in the new hours, its completed pauses kept (stopped clocks keep their outcome).
     */
    private void recount(Team team) {
        BusinessCalendar calendar = routing.calendarOf(team);
        for (TicketId id : teamTickets.open(team.id())) {
            tickets.findByIdForUpdate(id).filter(ticket -> ticket.countSlaIn(calendar, clock)).ifPresent(tickets::save);
        }
    }

    @Override
    public List<TeamDetails> list(Actor actor) {
        TeamPermissions.checkRead(actor);
        return unitOfWork.reading(() -> teams.all().stream().map(this::details).toList());
    }

    @Override
    public TeamDetails view(Actor actor, TeamId id) {
        TeamPermissions.checkRead(actor);
        return unitOfWork.reading(() -> details(team(id)));
    }

    @Override
    public TeamDetails putMember(Actor actor, TeamId id, UserId user, TeamRole role) {
        TeamPermissions.checkManage(actor);
        TeamDetails details = unitOfWork.inTransaction(() -> {
            Team team = team(id);
            Participant person = participants.find(user)
                    .orElseThrow(() -> new TeamNotFoundException("no user with id " + user.value()));
            if (!TeamPermissions.mayJoin(person.role())) {
                throw new TeamRuleViolation("user_id", "only agents and managers join teams; "
                        + person.fullName() + " is a " + person.role().code());
            }
            members.put(new TeamMember(team.id(), user, role, clock.instant()));
            return details(team);
        });
        // This instance forgets at once; the others when the database announces it (V15's trigger).
        callers.forget(user);
        return details;
    }

    @Override
    public TeamDetails removeMember(Actor actor, TeamId id, UserId user) {
        TeamPermissions.checkManage(actor);
        TeamDetails details = unitOfWork.inTransaction(() -> {
            Team team = team(id);
            if (!members.remove(team.id(), user)) {
                throw new TeamNotFoundException("user " + user.value() + " is not in team " + team.name());
            }
            // Their open tickets of the team go back to its queue, where someone else can pick them up.
            for (TicketId ticketId : teamTickets.openAssignedTo(team.id(), user)) {
                tickets.findByIdForUpdate(ticketId).ifPresent(ticket -> {
                    ticket.unassign(actor, clock);
                    routing.assignOnArrival(ticket, team);
                    tickets.save(ticket);
                    events.publish(ticket.pullEvents());
                });
            }
            followers.afterAccessChange(user);
            return details(team);
        });
        callers.forget(user);
        return details;
    }

    private Team team(TeamId id) {
        return teams.find(id).orElseThrow(() -> new TeamNotFoundException("no team with id " + id.value()));
    }

    private StoredCalendar calendar(BusinessCalendarId id) {
        return calendars.find(id).orElseThrow(() -> new TeamRuleViolation("calendar_id",
                "no business calendar with id " + id.value()));
    }

    private TeamDetails details(Team team) {
        List<TeamMember> in = members.of(team.id());
        Map<UserId, Participant> people = participants.findAll(in.stream().map(TeamMember::user).toList());
        Map<UserId, Availability> available = availability.of(people.keySet());
        Map<UserId, OptionalInt> limits = availability.limits(people.keySet());
        return new TeamDetails(team.snapshot(), team.calendar().flatMap(calendars::find), in.stream()
                .filter(m -> people.containsKey(m.user()))
                .map(m -> new TeamDetails.Member(people.get(m.user()), m.role(),
                        available.getOrDefault(m.user(), Availability.OFFLINE),
                        limits.getOrDefault(m.user(), OptionalInt.empty())))
                .toList());
    }
}
