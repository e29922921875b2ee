package io.supportdesk.application.automation.port.in;

import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.Actor;

import java.util.List;

public interface ListRuleRunsUseCase {

    int MAX_LIMIT = 200;

    /** The rule's runs, newest first; administrators only. */
    List<RuleRun> runs(Actor actor, RuleId rule, int limit);
}
