package io.supportdesk.application.demo;

import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.demo.DemoPlan.Assign;
import io.supportdesk.application.demo.DemoPlan.ChangePriority;
import io.supportdesk.application.demo.DemoPlan.ChangeStatus;
import io.supportdesk.application.demo.DemoPlan.MoveToTeam;
import io.supportdesk.application.demo.DemoPlan.PlannedTicket;
import io.supportdesk.application.demo.DemoPlan.Step;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketSla;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Writes a planned ticket the way the desk would have written it: the aggregate's own methods make every change,
 * each with a clock fixed at its planned moment and after the permission check its use case makes, and each step is
 * saved and its history written before the next. Tickets, comments and history so read as if people had done it all
 * through the API — the audit trail, first response and resolution times, the SLA clocks and what the SLA check
 * reported on the way (run here at the minute the periodic check would have found something).
 *
 * <p>Only history hears of the events: emails, live chat and webhooks about things that never happened would reach
 * no one and tell nothing.
 */
public final class DemoTicketWriter {

    /** The SLA check's interval: it notices a clock turning at risk or breached within a minute. */
    private static final Duration CHECK_ROUND = Duration.ofMinutes(1);
    /** Two clocks, each warned and breached at most once. */
    private static final int MOST_ESCALATIONS = 4;

    private final TicketIdentities identities;
    private final TicketRepository tickets;
    private final CommentRepository comments;
    private final TicketEventPublisher history;
    private final TicketCategories categories;
    private final TicketRouting routing;
    private final Workflow workflow;

    public DemoTicketWriter(TicketIdentities identities, TicketRepository tickets, CommentRepository comments,
                     TicketEventPublisher history, TicketCategories categories, TicketRouting routing,
                     Workflow workflow) {
        this.identities = identities;
        this.tickets = tickets;
        this.comments = comments;
        this.history = history;
        this.categories = categories;
        this.routing = routing;
        this.workflow = workflow;
    }

    /**
     * @return the ticket as it stands at {@code now}
     * @throws IllegalStateException if the story did not end in the planned status (a plan the workflow refuses)
     */
    Ticket write(PlannedTicket plan, DemoOrganisation.Written organisation, Instant now) {
        CategoryCode code = new CategoryCode(plan.subject().category());
        Category category = categories.requireActive(code);
        Actor requester = organisation.actor(plan.requester());
        Clock opened = at(plan.openedAt());
        TicketIdentities.NewTicketIdentity identity = identities.next();
        Ticket ticket = Ticket.open(identity.id(), identity.number(), new Title(plan.subject().title()),
                new Description(plan.subject().description()), plan.priority(), code,
                Tags.of(plan.subject().tags()), CustomFields.none(), requester.id(),
                categories.policyOf(category).targetsFor(plan.priority(), code), requester, opened);
        // As SubmitTicketService has the desk route it: in the name of the desk, in the same moment.
        TeamId team = organisation.team(plan.team());
        ticket.routeTo(team, calendarOf(team), false, Optional.empty(), Actor.system(), opened);
        List<TicketEvent> created = ticket.pullEvents();
        Ticket current = tickets.add(ticket);
        history.publish(created);
        Instant last = plan.openedAt();
        for (Step step : plan.steps()) {
            current = escalate(current, last, step.at());
            current = apply(current, step, organisation);
            last = step.at();
        }
        current = escalate(current, last, now);
        if (current.status() != plan.outcome()) {
            throw new IllegalStateException("the demo ticket " + current.number().value() + " ended "
                    + current.status().code() + " instead of " + plan.outcome().code());
        }
        return current;
    }

    private Ticket apply(Ticket ticket, Step step, DemoOrganisation.Written organisation) {
        Clock clock = at(step.at());
        Actor by = organisation.actor(step.action().by());
        switch (step.action()) {
            case Assign assign -> {
                Actor agent = organisation.actor(assign.agent());
                TicketPermissions.checkAssign(by, agent.id());
                ticket.assignTo(agent.id(), by, clock);
            }
            case DemoPlan.Comment comment -> {
                if (comment.internal()) {
                    TicketPermissions.checkWriteInternal(by);
                }
                CommentId id = comments.nextId();
                ticket.recordComment(id, by, comment.internal(), clock);
                comments.add(new Comment(id, ticket.id(), by, new CommentBody(comment.body()), comment.internal(),
                        Channel.WEB, step.at()));
            }
            case ChangeStatus change -> {
                TicketPermissions.checkChangeStatus(by, ticket, change.target());
                ticket.moveTo(change.target(), by, workflow, clock, change.reason());
            }
            case ChangePriority change -> {
                TicketPermissions.checkChangePriority(by);
                ticket.changePriority(change.priority(), categories.policyFor(ticket.category())
                        .targetsFor(change.priority(), ticket.category()), by, clock);
            }
            case MoveToTeam move -> {
                TicketPermissions.checkSupervise(by, ticket, "move tickets between teams");
                TeamId team = organisation.team(move.team());
                ticket.routeTo(team, calendarOf(team), false, Optional.of(move.reason()), by, clock);
            }
        }
        return save(ticket);
    }

    /**
     * The SLA check's rounds between {@code since} and {@code until}: each clock that turned at risk or breached in
     * between is reported a round after it did, and the ticket saved as the check saves it.
     */
    private Ticket escalate(Ticket ticket, Instant since, Instant until) {
        Ticket current = ticket;
        Instant checked = since;
        for (int round = 0; round < MOST_ESCALATIONS; round++) {
            Optional<Instant> due = nextEscalation(current.sla(), checked);
            if (due.isEmpty() || due.get().isAfter(until)) {
                break;
            }
            current.checkSla(at(due.get()));
            List<TicketEvent> found = current.pullEvents();
            if (found.isEmpty()) {
                break;
            }
            Ticket saved = tickets.save(current);
            history.publish(found);
            current = saved;
            checked = due.get();
        }
        return current;
    }

    /** When the check would next find something to report: a running clock's risk margin or due time, unreported. */
    private static Optional<Instant> nextEscalation(TicketSla sla, Instant notBefore) {
        Instant next = null;
        for (SlaClockKind kind : SlaClockKind.values()) {
            SlaClock clock = sla.clock(kind);
            if (!clock.isRunning()) {
                continue;
            }
            if (!sla.atRiskReported().contains(kind)) {
                next = earlier(next, clock.atRiskAt());
            }
            if (!sla.breachReported().contains(kind)) {
                next = earlier(next, clock.dueAt());
            }
        }
        return Optional.ofNullable(next).map(moment -> moment.plus(CHECK_ROUND))
                .map(moment -> moment.isBefore(notBefore) ? notBefore : moment);
    }

    private Ticket save(Ticket ticket) {
        List<TicketEvent> events = ticket.pullEvents();
        Ticket saved = tickets.save(ticket);
        history.publish(events);
        return saved;
    }

    private BusinessCalendar calendarOf(TeamId team) {
        return routing.calendarOf(team).orElseThrow(() -> new IllegalStateException("no team " + team.value()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
