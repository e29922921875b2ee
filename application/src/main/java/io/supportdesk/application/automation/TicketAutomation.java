package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationFacts;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.automation.AutomationPass;
import io.supportdesk.domain.automation.Firing;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TicketFacts;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.automation.TriggerEvent;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.ActorEvent;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.AttachmentRemoved;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketImported;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a change to a ticket meets the rules: it publishes the change's events, then runs one
 * {@link AutomationPass} for them, in the change's own unit of work, and saves what the rules did. So a rule's work
 * commits with the change that set it off or not at all, the response to the change already shows it, and what
 * the rules changed is published (history naming the rule, emails, webhooks, live updates) like a person's change.
 * The rules' own events do not start another pass: cascades happen inside the pass, where its cap holds.
 *
 * <p>With no rule answering the change's events, this costs one statement (the active rules).
 */
public final class TicketAutomation implements ChangeAftermath {

    private final AutomationRuleRepository rules;
    private final AutomationFacts facts;
    private final AutomationRuns runs;
    private final TicketRuleActions actions;
    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final FollowerPruning followers;
    private final Clock clock;

    public TicketAutomation(AutomationRuleRepository rules, AutomationFacts facts, AutomationRuns runs,
                            TicketRuleActions actions, TicketRepository tickets, TicketEventPublisher events,
                            FollowerPruning followers, Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.runs = runs;
        this.actions = actions;
        this.tickets = tickets;
        this.events = events;
        this.followers = followers;
        this.clock = clock;
    }

    /**
     * Publishes the events {@code saved} was changed by, then lets the rules react to them.
     *
     * @param saved the ticket as just stored, held by the caller's unit of work
     * @return the ticket as it stands after the rules (the same one if none fired)
     */
    @Override
    public Ticket publish(Ticket saved, List<TicketEvent> changeEvents) {
        events.publish(changeEvents);
        List<TriggerEvent> triggers = triggersOf(changeEvents);
        if (triggers.isEmpty()) {
            return saved;
        }
        List<Rule> active = rules.active();
        boolean answered = active.stream().anyMatch(rule -> triggers.stream().anyMatch(rule::firesOn));
        return answered ? run(saved, triggers, active).ticket() : saved;
    }

    /** The sweep's pass for one time rule's period on a held ticket; see {@link SweepTimeRulesService}. */
    Outcome run(Ticket ticket, List<TriggerEvent> triggers, List<Rule> candidates) {
        AutomationFacts.TicketContext context = facts.contextOf(ticket.id()).orElseThrow();
        return run(ticket, context, triggers, candidates);
    }

    Outcome run(Ticket ticket, AutomationFacts.TicketContext context, List<TriggerEvent> triggers,
                List<Rule> candidates) {
        TicketFacts before = TicketFacts.of(ticket.snapshot(), context.requesterEmail(), context.statusChangedAt(),
                context.lastCustomerReplyAt(), clock.instant());
        AutomationPass.Result result = new AutomationPass().run(candidates, triggers, before,
                actions.on(ticket, context, this::ownerOf, clock));
        if (result.firings().isEmpty()) {
            return new Outcome(ticket, result);
        }
        List<TicketEvent> byRules = ticket.pullEvents();
        Ticket stored = ticket;
        if (!byRules.isEmpty()) {
            stored = tickets.save(ticket);
            followers.afterChange(stored);
            events.publish(byRules);
        }
        Map<RuleId, Rule> byId = candidates.stream().collect(Collectors.toMap(Rule::id, rule -> rule));
        List<RuleRun> fired = new ArrayList<>();
        for (Firing firing : result.firings()) {
            Rule rule = byId.get(firing.rule());
            fired.add(new RuleRun(rule.id(), rule.definition().name().value(), ticket.id(),
                    triggerCode(rule, triggers), firing.outcomes().stream().map(RuleRun.ActionResult::of).toList(),
                    clock.instant()));
        }
        runs.record(fired);
        return new Outcome(stored, result);
    }

    /** The ticket after a pass, and the pass. */
    record Outcome(Ticket ticket, AutomationPass.Result result) {
    }

    /**
     * What set the rule off: its own trigger when one of the change's events answers it, else {@code ticket_updated}
     * (it fired because an earlier rule in the pass changed the ticket).
     */
    private static String triggerCode(Rule rule, List<TriggerEvent> triggers) {
        return triggers.stream().anyMatch(rule::firesOn) ? rule.trigger().code()
                : new Trigger.TicketUpdated().code();
    }

    /** Read only when a rule writes an internal note: the one action that needs a user as author. */
    private Optional<UserId> ownerOf(RuleId rule) {
        return rules.find(rule).map(StoredRule::savedBy);
    }

    /**
     * The automation events of one change: a new ticket is only "created" (whatever routing did to it on the way);
     * otherwise a status change, a comment and SLA news each count, and any other change of the ticket is an
     * update. Imports are not changes at the desk and set nothing off.
     */
    static List<TriggerEvent> triggersOf(List<TicketEvent> changeEvents) {
        if (changeEvents.stream().anyMatch(TicketCreated.class::isInstance)) {
            return List.of(new TriggerEvent.TicketCreated());
        }
        Set<TriggerEvent> triggers = new LinkedHashSet<>();
        for (TicketEvent event : changeEvents) {
            Optional<TriggerEvent> trigger = switch (event) {
                case StatusChanged changed -> Optional.of(new TriggerEvent.StatusChanged(changed.from(),
                        changed.to()));
                case CommentAdded comment -> Optional.of(new TriggerEvent.CommentAdded(comment.internal(),
                        comment.author().isStaff()));
                case SlaAtRisk risk -> Optional.of(new TriggerEvent.SlaAtRisk(risk.kind()));
                case SlaBreached breach -> Optional.of(new TriggerEvent.SlaBreached(breach.kind()));
                case TicketImported ignored -> Optional.empty();
                // A file comes with its comment, which is the news.
                case AttachmentAdded ignored -> Optional.empty();
                case AttachmentRemoved ignored -> Optional.of(new TriggerEvent.TicketUpdated());
                case TicketCreated ignored -> Optional.empty();
                case ActorEvent ignored -> Optional.of(new TriggerEvent.TicketUpdated());
            };
            trigger.ifPresent(triggers::add);
        }
        return List.copyOf(triggers);
    }

}
