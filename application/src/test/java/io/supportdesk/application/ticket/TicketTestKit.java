package io.supportdesk.application.ticket;

import io.supportdesk.application.conversation.AddCommentService;
import io.supportdesk.application.conversation.InMemoryCommentRepository;
import io.supportdesk.application.conversation.ListCommentsService;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.team.InMemoryBusinessCalendars;
import io.supportdesk.application.team.InMemoryTeamMembers;
import io.supportdesk.application.team.InMemoryTeamRepository;
import io.supportdesk.application.team.TeamRouting;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.OptionalLong;

/** The ticket and conversation use cases wired to in-memory ports, plus a cast of people. */
public final class TicketTestKit {

    public final Clock clock;
    public final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    public final InMemoryTicketParticipants people = new InMemoryTicketParticipants();
    public final InMemoryCategoryCatalog categories = new InMemoryCategoryCatalog();
    public final InMemoryCommentRepository comments = new InMemoryCommentRepository();
    public final InMemoryTicketMetadataStore metadata = new InMemoryTicketMetadataStore();
    public final RecordingTicketEventPublisher events = new RecordingTicketEventPublisher();
    public final InMemoryTicketViews views = new InMemoryTicketViews(tickets, people, metadata);
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    public final InMemoryTeamMembers members = new InMemoryTeamMembers();
    public final InMemoryBusinessCalendars calendars = new InMemoryBusinessCalendars(teams);
    /** Who the assignment candidates are, team by team (the in-memory AssignmentCandidates). */
    public final Map<Optional<TeamId>, List<AgentCandidate>> candidates = new HashMap<>();
    public final Map<Optional<TeamId>, UserId> roundRobinCursors = new HashMap<>();
    public final TeamRouting routing;
    public final InMemoryTicketProjects projects = new InMemoryTicketProjects();
    public final InMemoryTicketTypeRoutes typeRoutes = new InMemoryTicketTypeRoutes();
    public final InMemoryDeskSlaPolicy slaPolicy;
    public final TicketCategories categoryRules;
    public final InMemoryTicketFollowers followers = new InMemoryTicketFollowers();
    public final FollowerPruning followerPruning;
    public final TicketAccess access;

    public final SubmitTicketService submit;
    public final ChangeTicketStatusService changeStatus;
    public final GetTicketService get;
    public final EditTicketService edit;
    public final ChangeTicketPriorityService changePriority;
    public final AssignTicketService assign;
    public final DeleteTicketService delete;
    public final AddCommentService addComment;
    public final ListCommentsService listComments;

    public final Actor customer;
    public final Actor otherCustomer;
    public final Actor agent;
    public final Actor otherAgent;
    public final Actor manager;
    public final Actor admin;

    public TicketTestKit() {
        this(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC), SlaPolicy.defaults());
    }

    public TicketTestKit(Clock clock, SlaPolicy policy) {
        this.clock = clock;
        Workflow workflow = Workflow.standard();
        access = new TicketAccess(tickets, views, workflow, clock);
        TicketChanges changes = new TicketChanges(tickets, events, access, unitOfWork);
        slaPolicy = new InMemoryDeskSlaPolicy(policy);
        categoryRules = new TicketCategories(categories, slaPolicy);
        routing = new TeamRouting(teams, members, calendars, categories,
                team -> candidates.getOrDefault(team, List.of()), new RoundRobinCursors() {
                    @Override
                    public Optional<UserId> last(Optional<TeamId> team) {
                        return Optional.ofNullable(roundRobinCursors.get(team));
                    }

                    @Override
                    public void moveTo(Optional<TeamId> team, UserId agent) {
                        roundRobinCursors.put(team, agent);
                    }
                }, new Random(7), Optional.empty(), projects, typeRoutes, clock);
        views.teams = team -> new TeamSummary(team, teams.find(team).map(Team::name).orElse("Team " + team.value()),
                teams.find(team).flatMap(Team::calendar).flatMap(calendars::find).map(c -> c.name()));
        submit = new SubmitTicketService(tickets, new SequenceTicketIdentities("TKT"), events, categoryRules, people,
                metadata, access, routing, projects, unitOfWork, clock);
        changeStatus = new ChangeTicketStatusService(changes, workflow, routing, clock);
        get = new GetTicketService(views, access, unitOfWork);
        edit = new EditTicketService(changes, categoryRules, projects, clock);
        changePriority = new ChangeTicketPriorityService(changes, categoryRules, clock);
        followerPruning = new FollowerPruning(followers, people, members, tickets);
        assign = new AssignTicketService(changes, people, members, followerPruning, clock);
        delete = new DeleteTicketService(tickets, access, unitOfWork);
        addComment = new AddCommentService(tickets, comments, people, events, access, unitOfWork, clock);
        listComments = new ListCommentsService(comments, people, access, unitOfWork);
        customer = people.register(Role.CUSTOMER, "Carla Customer");
        otherCustomer = people.register(Role.CUSTOMER, "Olga Other");
        agent = people.register(Role.AGENT, "Aaron Agent");
        otherAgent = people.register(Role.AGENT, "Bea Agent");
        manager = people.register(Role.MANAGER, "Mia Manager");
        admin = people.register(Role.ADMIN, "Adam Admin");
    }

    public TicketDetails openTicket(Actor by, String category, Priority priority) {
        return submit.submit(new SubmitTicketCommand(by, Optional.empty(), new Title("Cannot log in"),
                new Description("The login page says my password is wrong."), new CategoryCode(category), priority,
                null, null, null));
    }

    public TicketDetails move(Actor actor, TicketDetails ticket, TicketStatus target) {
        return changeStatus.changeStatus(new ChangeTicketStatusCommand(actor, ref(ticket), target,
                OptionalLong.of(ticket.version())));
    }

    public CommentDetails comment(Actor author, TicketDetails ticket, String body, boolean internal) {
        return addComment.add(new AddCommentCommand(author, ref(ticket), new CommentBody(body), internal,
                Channel.WEB));
    }

    public static TicketReference ref(TicketDetails ticket) {
        return TicketReference.of(ticket.id());
    }
}
