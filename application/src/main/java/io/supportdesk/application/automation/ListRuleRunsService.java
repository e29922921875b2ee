package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.ListRuleRunsUseCase;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.Actor;

import java.util.List;

public final class ListRuleRunsService implements ListRuleRunsUseCase {

    private final AutomationRuleRepository rules;
    private final AutomationRuns runs;
    private final UnitOfWork unitOfWork;

    public ListRuleRunsService(AutomationRuleRepository rules, AutomationRuns runs, UnitOfWork unitOfWork) {
        this.rules = rules;
        this.runs = runs;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<RuleRun> runs(Actor actor, RuleId rule, int limit) {
        ManageAutomationRulesService.requireAdmin(actor);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return unitOfWork.reading(() -> {
            if (rules.find(rule).isEmpty()) {
                throw new AutomationRuleNotFoundException(rule);
            }
            return runs.ofRule(rule, limit);
        });
    }
}
