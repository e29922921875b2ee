package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

class InMemoryAutomationRunsTest extends AutomationRunsContract {

    private final InMemoryAutomationRuleRepository rules = new InMemoryAutomationRuleRepository();
    private final InMemoryAutomationRuns runs = new InMemoryAutomationRuns(rules);
    private long users;
    private long tickets;

    @Override
    protected AutomationRuns runs() {
        return runs;
    }

    @Override
    protected AutomationRuleRepository rules() {
        return rules;
    }

    @Override
    protected UserId anAdministrator() {
        return new UserId(++users);
    }

    @Override
    protected TicketId aTicket() {
        return new TicketId(++tickets);
    }
}
