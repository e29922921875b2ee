package io.supportdesk.application.automation;

import io.supportdesk.domain.automation.RuleId;

/** No rule with that id: 404. */
public final class AutomationRuleNotFoundException extends RuntimeException {

    public AutomationRuleNotFoundException(RuleId id) {
        super("no automation rule with id " + id.value());
    }

    /** For a reference that cannot be an id at all ({@code abc}, {@code -1}): it names no rule either. */
    public AutomationRuleNotFoundException(String reference) {
        super("no automation rule with id " + reference);
    }
}
