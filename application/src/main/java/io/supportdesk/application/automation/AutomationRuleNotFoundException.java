package io.supportdesk.application.automation;

import io.supportdesk.domain.automation.RuleId;

/** No rule with that id: 404. */
public final class AutomationRuleNotFoundException extends RuntimeException {

    public AutomationRuleNotFoundException(RuleId id) {
        super("no automation rule with id " + id.value());
    }
}
