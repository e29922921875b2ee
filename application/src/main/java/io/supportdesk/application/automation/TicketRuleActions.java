package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationFacts.TicketContext;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.RuleEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.team.TeamRouting;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.webhook.WebhookPayloads;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.DomainException;
import io.supportdesk.domain.assignment.AssignmentDecision;
import io.supportdesk.domain.assignment.NoAgentAvailable;
import io.supportdesk.domain.automation.Action;
import io.supportdesk.domain.automation.ActionOutcome;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleApplier;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TicketFacts;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.ActingRule;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamPermissions;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies rules' actions to one held ticket through the aggregate and the same collaborators a person's change uses,
 * so a rule can do nothing a staff member could not: a status move obeys the workflow, an assignee must be able to own
 * the ticket, a team must exist and be active. What the aggregate or those checks refuse is a
 * {@link ActionOutcome.Failed} and the other actions go on. Emails and webhook calls are queued in the same unit of
 * work, so they go out if and only if the change commits.
 */
public final class TicketRuleActions {

    private final TicketCategories categories;
    private final Workflow workflow;
    private final TeamRepository teams;
    private final TeamRouting routing;
    private final TicketParticipants participants;
    private final TeamsOfUser teamsOfUser;
    private final CommentRepository comments;
    private final NotificationDirectory directory;
    private final Outbox outbox;
    private final TemplateContext templates;
    private final WebhookRepository webhooks;
    private final WebhookDeliveries deliveries;

    public TicketRuleActions(TicketCategories categories, Workflow workflow, TeamRepository teams, TeamRouting routing,
                             TicketParticipants participants, TeamsOfUser teamsOfUser, CommentRepository comments,
                             NotificationDirectory directory, Outbox outbox, TemplateContext templates,
                             WebhookRepository webhooks, WebhookDeliveries deliveries) {
        this.categories = categories;
        this.workflow = workflow;
        this.teams = teams;
        this.routing = routing;
        this.participants = participants;
        this.teamsOfUser = teamsOfUser;
        this.comments = comments;
        this.directory = directory;
        this.outbox = outbox;
        this.templates = templates;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    /**
     * An applier for one pass over {@code ticket}, which it changes in place; the caller saves it afterwards.
     *
     * @param owners who saved a rule last: a rule's internal note is written in their name (a comment needs an
     *               author who is a user), while the audit trail names the rule
     */
    public RuleApplier on(Ticket ticket, TicketContext context, Function<RuleId, Optional<UserId>> owners,
                          Clock clock) {
        return new Applier(ticket, context, owners, clock);
    }

    private final class Applier implements RuleApplier {

        private final Ticket ticket;
        private final TicketContext context;
        private final Function<RuleId, Optional<UserId>> owners;
        private final Clock clock;
        private Instant statusChangedAt;

        Applier(Ticket ticket, TicketContext context, Function<RuleId, Optional<UserId>> owners, Clock clock) {
            this.ticket = ticket;
            this.context = context;
            this.owners = owners;
            this.clock = clock;
            this.statusChangedAt = context.statusChangedAt();
        }

        @Override
        public Applied apply(Rule rule, TicketFacts facts) {
            Actor actor = Actor.forRule(new ActingRule(rule.id().value(), rule.definition().name().value()));
            List<ActionOutcome> outcomes = new ArrayList<>();
            for (Action action : rule.actions()) {
                TicketStatus before = ticket.status();
                outcomes.add(attempt(rule, action, actor));
                if (ticket.status() != before) {
                    statusChangedAt = clock.instant();
                }
            }
            return new Applied(facts(), outcomes);
        }

        TicketFacts facts() {
            return TicketFacts.of(ticket.snapshot(), context.requesterEmail(), statusChangedAt,
                    context.lastCustomerReplyAt(), clock.instant());
        }

        private ActionOutcome attempt(Rule rule, Action action, Actor actor) {
            try {
                return perform(rule, action, actor);
            } catch (DomainException refused) {
                return ActionOutcome.Failed.because(action, refused);
            }
        }

        private ActionOutcome perform(Rule rule, Action action, Actor actor) {
            return switch (action) {
                case Action.SetPriority set -> {
                    if (ticket.priority() == set.priority()) {
                        yield new ActionOutcome.Unchanged(action);
                    }
                    ticket.changePriority(set.priority(), categories.policyFor(ticket.category())
                            .targetsFor(set.priority(), ticket.category()), actor, clock);
                    yield new ActionOutcome.Applied(action);
                }
                case Action.SetStatus set -> {
                    if (ticket.status() == set.status()) {
                        yield new ActionOutcome.Unchanged(action);
                    }
                    ticket.moveTo(set.status(), actor, workflow, clock, Optional.empty());
                    yield new ActionOutcome.Applied(action);
                }
                case Action.SetTeam set -> {
                    if (ticket.team().equals(Optional.of(set.team()))) {
                        yield new ActionOutcome.Unchanged(action);
                    }
                    Optional<Team> team = teams.find(set.team()).filter(Team::active);
                    if (team.isEmpty()) {
                        yield new ActionOutcome.Failed(action, "TEAM_NOT_FOUND",
                                "no active team with id " + set.team().value());
                    }
                    routing.route(ticket, team.get(), Optional.of(actor.rule().orElseThrow().displayName()), actor);
                    yield new ActionOutcome.Applied(action);
                }
                case Action.SetAssignee set -> assign(action, set.assignee(), actor);
                case Action.AddTags add -> retag(action, add.tags(), true, actor);
                case Action.RemoveTags remove -> retag(action, remove.tags(), false, actor);
                case Action.AddInternalNote note -> {
                    Optional<TicketParticipants.Participant> author = owners.apply(rule.id())
                            .flatMap(participants::find).filter(p -> p.active() && p.role().isStaff());
                    if (author.isEmpty()) {
                        yield new ActionOutcome.Failed(action, "NO_AUTHOR", "the administrator who saved the rule"
                                + " is no longer active staff; save the rule again to write notes in your name");
                    }
                    CommentId id = comments.nextId();
                    // The audit trail names the rule; the note itself needs an author who is a user.
                    ticket.recordComment(id, actor, true, Channel.SYSTEM, clock);
                    comments.add(new Comment(id, ticket.id(), new Actor(author.get().id(), author.get().role()),
                            new CommentBody(note.text()), true, Channel.SYSTEM, clock.instant()));
                    yield new ActionOutcome.Applied(action);
                }
                case Action.SendEmail send -> email(rule, action, send);
                case Action.CallWebhook call -> {
                    WebhookId id = new WebhookId(call.webhook().value());
                    Optional<Webhook> webhook = webhooks.findById(id).filter(Webhook::active);
                    if (webhook.isEmpty()) {
                        yield new ActionOutcome.Failed(action, "WEBHOOK_NOT_FOUND",
                                "no active webhook with id " + id.value());
                    }
                    deliveries.enqueue(WebhookPayloads.ruleCalled(rule.id().value(), rule.definition().name().value(),
                            ticket.snapshot(), clock.instant()), List.of(id), clock.instant());
                    yield new ActionOutcome.Applied(action);
                }
            };
        }

        private ActionOutcome assign(Action action, Action.AssigneeChoice choice, Actor actor) {
            return switch (choice) {
                case Action.AssigneeChoice.Agent agent -> {
                    if (ticket.assignee().equals(Optional.of(agent.user()))) {
                        yield new ActionOutcome.Unchanged(action);
                    }
                    boolean mayOwn = participants.find(agent.user())
                            .filter(p -> TeamPermissions.mayOwn(p.role(), p.active(),
                                    teamsOfUser.teamsOfHeld(p.id()), ticket.team()))
                            .isPresent();
                    if (!mayOwn) {
                        yield new ActionOutcome.Failed(action, "ASSIGNEE_NOT_ELIGIBLE", ticket.team().isPresent()
                                ? "user " + agent.user().value() + " is not an active agent or manager of the"
                                + " ticket's team" : "user " + agent.user().value() + " is not an active agent or"
                                + " manager");
                    }
                    ticket.assignTo(agent.user(), actor, clock);
                    yield new ActionOutcome.Applied(action);
                }
                case Action.AssigneeChoice.ByTeamStrategy ignored -> {
                    Optional<Team> team = ticket.team().flatMap(teams::find).filter(Team::active);
                    if (team.isEmpty()) {
                        yield new ActionOutcome.Failed(action, "NO_TEAM",
                                "the ticket has no active team whose strategy could pick an assignee");
                    }
                    AssignmentDecision decision = routing.assignByStrategy(ticket, team.get(), actor);
                    yield decision instanceof NoAgentAvailable none
                            ? new ActionOutcome.Failed(action, "NO_AGENT_AVAILABLE", none.reason())
                            : new ActionOutcome.Applied(action);
                }
            };
        }

        private ActionOutcome retag(Action action, Tags tags, boolean add, Actor actor) {
            Set<String> next = new LinkedHashSet<>(ticket.tags().values());
            boolean changed = add ? next.addAll(tags.values()) : next.removeAll(tags.values());
            if (!changed) {
                return new ActionOutcome.Unchanged(action);
            }
            // Tags.of checks the limits: more than the most tags a ticket may carry is a refusal, not a truncation.
            ticket.edit(null, null, null, Tags.of(next), null, actor, clock);
            return new ActionOutcome.Applied(action);
        }

        private ActionOutcome email(Rule rule, Action action, Action.SendEmail send) {
            Optional<RuleEmail.Template> template = RuleEmail.Template.fromCode(send.template());
            if (template.isEmpty()) {
                return new ActionOutcome.Failed(action, "UNKNOWN_TEMPLATE", "no email template '" + send.template()
                        + "'; known: " + String.join(", ", RuleEmail.Template.codes()));
            }
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            switch (send.to()) {
                case Action.Recipient.Requester ignored -> directory.user(ticket.requester())
                        .filter(Addressee::active).ifPresent(a -> recipients.put(a.email().value(), Recipient.of(a)));
                case Action.Recipient.Assignee ignored -> ticket.assignee().flatMap(directory::user)
                        .filter(Addressee::active).ifPresent(a -> recipients.put(a.email().value(), Recipient.of(a)));
                case Action.Recipient.Team ignored -> ticket.team().map(directory::teamMembers).orElse(List.of())
                        .stream().filter(Addressee::active)
                        .forEach(a -> recipients.put(a.email().value(), Recipient.of(a)));
                case Action.Recipient.Address address -> recipients.put(address.address().value(),
                        new Recipient(address.address().value(), "there", false));
            }
            if (recipients.isEmpty()) {
                return new ActionOutcome.Failed(action, "NO_RECIPIENT", "the ticket has no one to send it to");
            }
            Instant now = clock.instant();
            List<Notification> mails = new ArrayList<>();
            for (Recipient to : recipients.values()) {
                RenderedEmail email = new RuleEmail(template.get(), to.name(), ticket.number(), ticket.title(),
                        ticket.status(), ticket.priority(), to.customer()).render(templates);
                // One per recipient and firing: the same pass queued twice (a retried unit of work) sends once.
                String messageId = templates.messageId("rule-" + rule.id().value() + ".ticket-"
                        + ticket.id().value() + "." + now.toEpochMilli() + "." + Integer.toHexString(
                        to.address().hashCode()));
                mails.add(new Notification(messageId, NotificationKind.RULE_EMAIL, Optional.of(ticket.id()),
                        List.of(new io.supportdesk.application.notification.EmailAddress(to.address())),
                        email.subject(), email.text(), email.html()));
            }
            outbox.enqueue(mails, now);
            return new ActionOutcome.Applied(action);
        }
    }

    private record Recipient(String address, String name, boolean customer) {
        static Recipient of(Addressee addressee) {
            return new Recipient(addressee.email().value(), addressee.name(), addressee.role() == Role.CUSTOMER);
        }
    }
}
