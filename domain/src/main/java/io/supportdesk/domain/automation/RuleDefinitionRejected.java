package io.supportdesk.domain.automation;

import io.supportdesk.domain.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule definition with at least one {@link RuleViolation}, for callers that prefer an exception to inspecting
 * {@link RuleDefinition.Parsed.Invalid}; carries all of them so an API can answer with every problem at once.
 */
public final class RuleDefinitionRejected extends DomainException {

    private final List<RuleViolation> violations;

    public RuleDefinitionRejected(List<RuleViolation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    private static String message(List<RuleViolation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a rejected rule has at least one violation");
        }
        return "the rule is invalid: " + violations.stream().map(RuleViolation::toString)
                .collect(Collectors.joining("; "));
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return "VALIDATION_FAILED";
    }
}
