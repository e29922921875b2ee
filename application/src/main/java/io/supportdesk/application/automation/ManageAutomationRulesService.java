package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.ManageAutomationRulesUseCase;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketAccessDenied;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrators keep the rules; each is checked by {@link RuleReferences} before it is kept. */
public final class ManageAutomationRulesService implements ManageAutomationRulesUseCase {

    private final AutomationRuleRepository rules;
    private final RuleReferences references;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ManageAutomationRulesService(AutomationRuleRepository rules, RuleReferences references,
                                        UnitOfWork unitOfWork, Clock clock) {
        this.rules = rules;
        this.references = references;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public StoredRule create(Actor actor, Map<String, Object> document) {
        requireAdmin(actor);
        RuleDefinition definition = references.checked(document);
        return unitOfWork.inTransaction(() -> rules.add(definition, normalised(document, definition), actor.id(),
                clock.instant()));
    }

    @Override
    public List<StoredRule> list(Actor actor) {
        requireAdmin(actor);
        return rules.all();
    }

    @Override
    public StoredRule view(Actor actor, RuleId id) {
        requireAdmin(actor);
        return rules.find(id).orElseThrow(() -> new AutomationRuleNotFoundException(id));
    }

    @Override
    public StoredRule replace(Actor actor, RuleId id, Map<String, Object> document) {
        requireAdmin(actor);
        RuleDefinition definition = references.checked(document);
        return unitOfWork.inTransaction(() -> rules.replace(id, definition, normalised(document, definition),
                actor.id(), clock.instant()).orElseThrow(() -> new AutomationRuleNotFoundException(id)));
    }

    @Override
    public void delete(Actor actor, RuleId id) {
        requireAdmin(actor);
        if (!unitOfWork.inTransaction(() -> rules.delete(id))) {
            throw new AutomationRuleNotFoundException(id);
        }
    }

    static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators keep automation rules");
        }
    }

    /** The document as kept and shown back: what was sent, with the defaults the parser applied written out. */
    static Map<String, Object> normalised(Map<String, Object> document, RuleDefinition definition) {
        Map<String, Object> kept = new LinkedHashMap<>(document);
        kept.put("name", definition.name().value());
        kept.put("active", definition.active());
        kept.put("position", definition.position());
        kept.putIfAbsent("conditions", Map.of("all", List.of(), "any", List.of()));
        return kept;
    }
}
