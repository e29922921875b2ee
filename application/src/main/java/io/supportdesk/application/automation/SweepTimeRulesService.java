package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.SweepTimeRulesUseCase;
import io.supportdesk.application.automation.port.out.AutomationFacts;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.TimeRuleSchedule;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketBusyException;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TicketFacts;
import io.supportdesk.domain.automation.TimeQualification;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.automation.TriggerEvent;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fires time-based rules. For each active time rule the schedule names the tickets whose period may have come
 * (SQL narrows, the domain decides); each ticket is then handled in a unit of work of its own: held, its facts read,
 * the rule's {@link Rule#timeQualification} and conditions checked, the period recorded as fired, and the rule's
 * pass run (later rules may cascade, as for any change). Recording the period is what makes a period fire once,
 * across instances: the key is unique, so a second instance waits for the first's transaction and then finds it.
 *
 * <p>Bounded: at most {@code batch} tickets per rule per round. Tickets whose period came but whose conditions do not
 * hold are looked at again in later rounds (their conditions may come to hold within the period); a cursor per rule
 * moves through them by id, so they cannot starve the others.
 */
public final class SweepTimeRulesService implements SweepTimeRulesUseCase {

    private final AutomationRuleRepository rules;
    private final TimeRuleSchedule schedule;
    private final AutomationFacts facts;
    private final TicketRepository tickets;
    private final TicketAutomation automation;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final int batch;
    private final Map<RuleId, TicketId> cursors = new ConcurrentHashMap<>();

    public SweepTimeRulesService(AutomationRuleRepository rules, TimeRuleSchedule schedule, AutomationFacts facts,
                                 TicketRepository tickets, TicketAutomation automation, UnitOfWork unitOfWork,
                                 Clock clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.rules = rules;
        this.schedule = schedule;
        this.facts = facts;
        this.tickets = tickets;
        this.automation = automation;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.batch = batch;
    }

    @Override
    public SweepReport sweep() {
        List<Rule> active = unitOfWork.reading(rules::active);
        int examined = 0;
        int fired = 0;
        int skipped = 0;
        for (Rule rule : active) {
            if (!(rule.trigger() instanceof Trigger.TimeTrigger trigger)) {
                continue;
            }
            Instant now = clock.instant();
            Optional<TicketId> after = Optional.ofNullable(cursors.get(rule.id()));
            List<TicketId> due = unitOfWork.reading(() -> schedule.candidates(rule.id().value(), trigger, now, after,
                    batch));
            if (due.size() < batch) {
                cursors.remove(rule.id());
            } else {
                cursors.put(rule.id(), due.getLast());
            }
            for (TicketId ticket : due) {
                examined++;
                try {
                    switch (unitOfWork.inTransaction(() -> fire(rule, ticket, active))) {
                        case FIRED -> fired++;
                        case ALREADY_FIRED -> skipped++;
                        case NOT_DUE -> {
                        }
                    }
                } catch (StaleTicketException | TicketBusyException changedOrHeldMeanwhile) {
                    // Someone changed the ticket while the rule worked on it, or held it past the lock bound; the
                    // next round looks again, and the other tickets of this one go on.
                }
            }
        }
        return new SweepReport(examined, fired, skipped);
    }

    private Result fire(Rule rule, TicketId id, List<Rule> active) {
        Optional<Ticket> held = tickets.findByIdForUpdate(id);
        if (held.isEmpty()) {
            return Result.NOT_DUE;
        }
        Ticket ticket = held.get();
        AutomationFacts.TicketContext context = facts.contextOf(id).orElseThrow();
        Instant now = clock.instant();
        TicketFacts current = TicketFacts.of(ticket.snapshot(), context.requesterEmail(), context.statusChangedAt(),
                context.lastCustomerReplyAt(), now);
        if (!(rule.timeQualification(current) instanceof TimeQualification.Qualifies qualifies)
                || !rule.matches(current)) {
            return Result.NOT_DUE;
        }
        if (!schedule.markFired(qualifies.key(), now)) {
            return Result.ALREADY_FIRED;
        }
        automation.run(ticket, context, List.of(new TriggerEvent.PeriodReached(rule.id(), qualifies.key())),
                active);
        return Result.FIRED;
    }

    private enum Result {
        FIRED, ALREADY_FIRED, NOT_DUE
    }
}
