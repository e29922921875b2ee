package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.TestAutomationRuleUseCase;
import io.supportdesk.application.automation.port.out.AutomationFacts;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleApplier;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TicketFacts;
import io.supportdesk.domain.automation.TimeQualification;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The dry run. The rule's actions are applied for real to the ticket, through the same {@link TicketRuleActions} a
 * firing uses, inside a unit of work that is then rolled back: the answer is what a firing would do, refusals
 * included, and nothing of it stays (no history, no run, no email, no webhook call).
 */
public final class TestAutomationRuleService implements TestAutomationRuleUseCase {

    /** An unsaved rule has no id; this one is never stored, and the rollback takes whatever named it. */
    private static final RuleId UNSAVED = new RuleId(Long.MAX_VALUE);

    private final RuleReferences references;
    private final TicketAccess access;
    private final AutomationFacts facts;
    private final TicketRuleActions actions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public TestAutomationRuleService(RuleReferences references, TicketAccess access, AutomationFacts facts,
                                     TicketRuleActions actions, UnitOfWork unitOfWork, Clock clock) {
        this.references = references;
        this.access = access;
        this.facts = facts;
        this.actions = actions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RuleTestReport test(io.supportdesk.domain.identity.Actor actor, Map<String, Object> document,
                               TicketReference reference) {
        ManageAutomationRulesService.requireAdmin(actor);
        RuleDefinition definition = references.checked(document);
        Rule rule = new Rule(UNSAVED, definition);
        try {
            unitOfWork.inTransaction(() -> {
                Ticket ticket = access.loadForChange(actor, reference, OptionalLong.empty());
                AutomationFacts.TicketContext context = facts.contextOf(ticket.id()).orElseThrow();
                TicketFacts before = TicketFacts.of(ticket.snapshot(), context.requesterEmail(),
                        context.statusChangedAt(), context.lastCustomerReplyAt(), clock.instant());
                Optional<TimeQualification> timing = definition.trigger() instanceof Trigger.TimeTrigger
                        ? Optional.of(rule.timeQualification(before)) : Optional.empty();
                // Notes are tried in the name of the administrator trying the rule, who would own it once saved.
                RuleApplier.Applied applied = actions.on(ticket, context, id -> Optional.of(actor.id()), clock)
                        .apply(rule, before);
                throw new Tried(new RuleTestReport(definition, rule.explain(before), timing, applied.outcomes(),
                        fields(applied.facts())));
            });
        } catch (Tried tried) {
            return tried.report;
        }
        throw new IllegalStateException("a dry run always ends by rolling back");
    }

    private static Map<String, Object> fields(TicketFacts facts) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", facts.status().code());
        after.put("priority", facts.priority().code());
        after.put("team_id", facts.team().map(TeamId::value).orElse(null));
        after.put("assignee_id", facts.assignee().map(UserId::value).orElse(null));
        after.put("tags", facts.tags().values());
        return after;
    }

    /** Carries the report out of the unit of work, which rolls back because of it. */
    private static final class Tried extends RuntimeException {

        private final transient RuleTestReport report;

        Tried(RuleTestReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
