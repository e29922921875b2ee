package io.supportdesk.application.automation.port.out;

import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where rules are kept. The definition is stored as its document and parsed again when read, so what is evaluated
 * is always what {@link RuleDefinition#parse} accepts today. Each method is atomic on its own or joins the caller's
 * unit of work.
 */
public interface AutomationRuleRepository {

    /**
     * The active rules, in no particular order (the pass orders them). One statement: it runs in every change to a
     * ticket. A stored document that no longer parses is left out (and logged), never evaluated half-understood.
     */
    List<Rule> active();

    /** Every rule, by position then id; like {@link #active()}, without a stored document that no longer parses. */
    List<StoredRule> all();

    /**
     * Empty when there is no such rule, or when its stored document no longer parses (replace and delete still reach
     * it by id).
     */
    Optional<StoredRule> find(RuleId id);

    StoredRule add(RuleDefinition definition, Map<String, Object> document, UserId savedBy, Instant now);

    /** Replaces the definition; empty when there is no such rule. */
    Optional<StoredRule> replace(RuleId id, RuleDefinition definition, Map<String, Object> document, UserId savedBy,
                                 Instant now);

    /** Removes the rule and its runs; false when there was none. */
    boolean delete(RuleId id);
}
