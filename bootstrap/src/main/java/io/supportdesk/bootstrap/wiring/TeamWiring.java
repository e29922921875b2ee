package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.identity.CallerCache;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.ManageCalendarsService;
import io.supportdesk.application.team.ManageTeamsService;
import io.supportdesk.application.team.MoveTicketToTeamService;
import io.supportdesk.application.team.ReleaseDepartedWork;
import io.supportdesk.application.team.SetAvailabilityService;
import io.supportdesk.application.team.TeamRouting;
import io.supportdesk.application.team.WaitingTickets;
import io.supportdesk.application.team.port.in.ManageCalendarsUseCase;
import io.supportdesk.application.team.port.in.ManageTeamsUseCase;
import io.supportdesk.application.team.port.in.MoveTicketToTeamCommand;
import io.supportdesk.application.team.port.in.MoveTicketToTeamUseCase;
import io.supportdesk.application.team.port.in.SetAvailabilityUseCase;
import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.application.ticket.port.out.TicketTeamMoves;
import io.supportdesk.application.project.ManageProjectsService;
import io.supportdesk.application.project.port.in.ManageProjectsUseCase;
import io.supportdesk.application.project.port.out.ProjectRepository;
import io.supportdesk.domain.identity.TeamId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/** Teams, calendars and routing; {@code SUPPORTDESK_DEFAULT_TEAM_ID} names the team of tickets whose category has none. */
@Factory
class TeamWiring {

    @Singleton
    TeamRouting teamRouting(TeamRepository teams, TeamMembers members, BusinessCalendars calendars,
                            CategoryCatalog categories, AssignmentCandidates candidates, RoundRobinCursors cursors,
                            @Value("${supportdesk.teams.default-team-id:0}") long defaultTeam,
                            @Value("${supportdesk.assignment.random-seed:0}") long seed, TicketProjects projects,
                            TicketTypeRoutes typeRoutes, Clock clock) {
        // java.util.Random, unlike SplittableRandom, may be shared by the request threads.
        Random random = seed == 0 ? new Random() : new Random(seed);
        return new TeamRouting(teams, members, calendars, categories, candidates, cursors, random,
                defaultTeam > 0 ? Optional.of(new TeamId(defaultTeam)) : Optional.empty(), projects, typeRoutes,
                clock);
    }

    @Singleton
    ManageProjectsUseCase manageProjects(ProjectRepository projects, TeamRepository teams,
                                         @Value("${supportdesk.ticket.number-prefix:TKT}") String deskPrefix,
                                         UnitOfWork unitOfWork, Clock clock) {
        return new ManageProjectsService(projects, teams, deskPrefix.strip(), unitOfWork, clock);
    }

    @Singleton
    ManageTeamsUseCase manageTeams(TeamRepository teams, TeamMembers members, BusinessCalendars calendars,
                                   TeamTickets teamTickets, TicketRepository tickets, TicketEventPublisher events,
                                   TicketParticipants participants, AgentAvailability availability,
                                   TeamRouting routing, FollowerPruning followers, WaitingTickets waiting,
                                   CallerCache callers, UnitOfWork unitOfWork, Clock clock) {
        return new ManageTeamsService(teams, members, calendars, teamTickets, tickets, events, participants,
                availability, routing, followers, waiting, callers, unitOfWork, clock);
    }

    @Singleton
    ReleaseDepartedWork releaseDepartedWork(TeamTickets teamTickets, TicketRepository tickets, TeamRepository teams,
                                            TeamRouting routing, TeamMembers members, FollowerPruning followers,
                                            TicketEventPublisher events, Clock clock) {
        return new ReleaseDepartedWork(teamTickets, tickets, teams, routing, members, followers, events, clock);
    }

    @Singleton
    ManageCalendarsUseCase manageCalendars(BusinessCalendars calendars, TeamRepository teams, TeamTickets teamTickets,
                                           TicketRepository tickets, UnitOfWork unitOfWork, Clock clock) {
        return new ManageCalendarsService(calendars, teams, teamTickets, tickets, unitOfWork, clock);
    }

    @Singleton
    MoveTicketToTeamUseCase moveTicketToTeam(TicketAccess access, TicketRepository tickets,
                                             ChangeAftermath events, TeamRepository teams, TeamRouting routing,
                                             FollowerPruning followers, UnitOfWork unitOfWork) {
        return new MoveTicketToTeamService(access, tickets, events, teams, routing, followers, unitOfWork);
    }

    /** A bulk change moves each ticket as PUT /tickets/{ticket}/team does, at its current version. */
    @Singleton
    TicketTeamMoves ticketTeamMoves(MoveTicketToTeamUseCase moveToTeam) {
        return (actor, ticket, team) -> moveToTeam.move(new MoveTicketToTeamCommand(actor, ticket, team,
                Optional.empty(), OptionalLong.empty()));
    }

    @Singleton
    SetAvailabilityUseCase setAvailability(AgentAvailability availability, TeamMembers members,
                                           TeamRepository teams, WaitingTickets waiting, UnitOfWork unitOfWork) {
        return new SetAvailabilityService(availability, members, teams, waiting, unitOfWork);
    }

    @Singleton
    WaitingTickets waitingTickets(TeamTickets teamTickets, TicketRepository tickets, TicketEventPublisher events,
                                  TeamRouting routing) {
        return new WaitingTickets(teamTickets, tickets, events, routing);
    }
}
