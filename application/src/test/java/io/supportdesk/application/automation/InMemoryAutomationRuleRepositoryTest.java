package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.domain.identity.UserId;

class InMemoryAutomationRuleRepositoryTest extends AutomationRuleRepositoryContract {

    private final InMemoryAutomationRuleRepository rules = new InMemoryAutomationRuleRepository();
    private long users;

    @Override
    protected AutomationRuleRepository rules() {
        return rules;
    }

    @Override
    protected UserId anAdministrator() {
        return new UserId(++users);
    }
}
