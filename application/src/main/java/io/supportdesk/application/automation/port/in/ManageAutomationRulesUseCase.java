package io.supportdesk.application.automation.port.in;

import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.domain.automation.RuleDefinitionRejected;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.Actor;

import java.util.List;
import java.util.Map;

/** Administrators keep the desk's rules. Every method refuses anyone else. */
public interface ManageAutomationRulesUseCase {

    /**
     * @param document the rule as JSON structure ({@code Map}s, {@code List}s, strings, numbers, booleans)
     * @throws RuleDefinitionRejected with every problem, each named by its path
     */
    StoredRule create(Actor actor, Map<String, Object> document);

    /** Every rule, in the order they are tried (position, then id). */
    List<StoredRule> list(Actor actor);

    StoredRule view(Actor actor, RuleId id);

    /** Replaces the whole rule (PUT semantics); its runs stay. */
    StoredRule replace(Actor actor, RuleId id, Map<String, Object> document);

    void delete(Actor actor, RuleId id);
}
