package io.supportdesk.application.team;

import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.assignment.Assigned;
import io.supportdesk.domain.assignment.AssignmentDecision;
import io.supportdesk.domain.assignment.AssignmentRequest;
import io.supportdesk.domain.assignment.AssignmentStrategies;
import io.supportdesk.domain.assignment.AssignmentStrategy;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.Ticket;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * How tickets reach teams and agents, shared by every use case that routes: which team a new ticket joins, what
 * routing a ticket to a team does to its clocks and its assignee, and assignment on arrival. Runs inside the caller's
 * unit of work, so a ticket and its assignment commit together.
 */
public final class TeamRouting implements TicketRouting {

    private final TeamRepository teams;
    private final TeamMembers members;
    private final BusinessCalendars calendars;
    private final CategoryCatalog categories;
    private final AssignmentCandidates candidates;
    private final RoundRobinCursors cursors;
    private final RandomGenerator random;
    private final Optional<TeamId> defaultTeam;
    private final TicketProjects projects;
    private final TicketTypeRoutes typeRoutes;
    private final Clock clock;

    public TeamRouting(TeamRepository teams, TeamMembers members, BusinessCalendars calendars,
                       CategoryCatalog categories, AssignmentCandidates candidates, RoundRobinCursors cursors,
                       RandomGenerator random, Optional<TeamId> defaultTeam, TicketProjects projects,
                       TicketTypeRoutes typeRoutes, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.calendars = calendars;
        this.categories = categories;
        this.candidates = candidates;
        this.cursors = cursors;
        this.random = random;
        this.defaultTeam = defaultTeam;
        this.projects = projects;
        this.typeRoutes = typeRoutes;
        this.clock = clock;
    }

    /**
     * The team a new ticket joins, most specific first: its category's, its project's default team, its type's, the
     * desk's default; an inactive team is passed over for the next.
     */
    public Optional<Team> teamFor(Category category, Optional<ProjectId> project, TicketType type) {
        List<Supplier<Optional<TeamId>>> inOrder = List.of(
                category::team,
                () -> project.flatMap(projects::find).flatMap(Project::defaultTeam),
                () -> typeRoutes.all().getOrDefault(type, Optional.empty()),
                () -> defaultTeam);
        for (Supplier<Optional<TeamId>> named : inOrder) {
            Optional<Team> team = named.get().flatMap(teams::find).filter(Team::active);
            if (team.isPresent()) {
                return team;
            }
        }
        return Optional.empty();
    }

    /** The desk routes a new ticket, not whoever submitted it. */
    @Override
    public void routeNew(Ticket ticket, Category category) {
        teamFor(category, ticket.project(), ticket.type())
                .ifPresent(team -> route(ticket, team, Optional.empty(), Actor.system(), Optional.of(category)));
    }

    @Override
    public Optional<BusinessCalendar> calendarOf(TeamId team) {
        return teams.find(team).map(this::calendarOf);
    }

    @Override
    public Optional<AssignmentStrategy> strategyOf(TeamId team) {
        return teams.find(team).map(this::strategyOf);
    }

    private AssignmentStrategy strategyOf(Team team) {
        return AssignmentStrategies.byName(team.strategy(), random);
    }

    @Override
    public boolean teamExists(TeamId team) {
        return teams.find(team).isPresent();
    }

    public BusinessCalendar calendarOf(Team team) {
        return team.calendar().flatMap(calendars::find).map(StoredCalendar::calendar)
                .orElse(BusinessCalendar.ALWAYS_OPEN);
    }

    /**
     * Routes the ticket to the team (clocks recounted in its calendar; the assignee kept only if a member) and, if it
     * is left unassigned, assigns it on arrival.
     */
    public void route(Ticket ticket, Team team, Optional<String> reason, Actor actor) {
        route(ticket, team, reason, actor, Optional.empty());
    }

    private void route(Ticket ticket, Team team, Optional<String> reason, Actor actor, Optional<Category> known) {
        boolean assigneeStays = ticket.assignee().map(a -> members.find(team.id(), a).isPresent()).orElse(false);
        ticket.routeTo(team.id(), calendarOf(team), assigneeStays, reason, actor, clock);
        assignOnArrival(ticket, team, known);
    }

    /**
     * Assigns an open, unassigned ticket of a team that assigns on arrival, by the team's strategy among its members
     * who may take work now, in the name of the desk ({@link Actor#system()}). Nobody available leaves it waiting in
     * the queue; it is handed out when someone becomes available or the team starts assigning ({@link WaitingTickets}).
     *
     * @return whether it was assigned
     */
    public boolean assignOnArrival(Ticket ticket, Team team) {
        return assignOnArrival(ticket, team, Optional.empty());
    }

    /** The same, for a ticket whose category the caller has in hand (no second read of it). */
    private boolean assignOnArrival(Ticket ticket, Team team, Optional<Category> known) {
        if (!team.active() || !team.autoAssign() || ticket.assignee().isPresent() || !ticket.status().isOpen()
                || !ticket.team().equals(Optional.of(team.id()))) {
            return false;
        }
        return assignByStrategy(ticket, team, Actor.system(), known) instanceof Assigned;
    }

    /**
     * Assigns the ticket to whoever the team's strategy picks among its members who may take work now, whether or
     * not the team assigns on arrival (an automation rule's "assign by the team's strategy"); nobody available
     * leaves it as it was.
     */
    public AssignmentDecision assignByStrategy(Ticket ticket, Team team, Actor actor) {
        return assignByStrategy(ticket, team, actor, Optional.empty());
    }

    private AssignmentDecision assignByStrategy(Ticket ticket, Team team, Actor actor, Optional<Category> known) {
        Optional<String> skill = known.filter(category -> category.code().equals(ticket.category()))
                .or(() -> categories.find(ticket.category())).flatMap(Category::requiredSkill);
        Optional<TeamId> scope = Optional.of(team.id());
        // The team's cursor first: it holds a concurrent assignment in the team until this one commits, so both do
        // not read the same workloads and give two tickets to someone with room for one.
        Optional<UserId> cursor = cursors.last(scope);
        AssignmentDecision decision = strategyOf(team).choose(
                new AssignmentRequest(ticket.id(), scope, skill, candidates.agents(scope), cursor));
        if (decision instanceof Assigned assigned) {
            ticket.assignTo(assigned.agent(), actor, clock);
            cursors.moveTo(scope, assigned.agent());
        }
        return decision;
    }
}
