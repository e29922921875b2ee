package io.supportdesk.domain.automation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The type of a condition's field, which decides the operators it takes and the shape of its value. */
public enum FieldKind {
    /** One of a closed or configured set of codes: status, priority, category, channel, the requester's domain. */
    CHOICE(EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.IN, Operator.NOT_IN)),
    /** Who holds the ticket, which may be nobody: team, assignee. */
    HOLDER(EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.IN, Operator.NOT_IN, Operator.UNASSIGNED,
            Operator.ASSIGNED)),
    /** The ticket's tags, tested one tag at a time. */
    TAGS(EnumSet.of(Operator.CONTAINS, Operator.NOT_CONTAINS)),
    /** Free text, searched case-insensitively: title, description. */
    TEXT(EnumSet.of(Operator.CONTAINS, Operator.NOT_CONTAINS)),
    /** Whole hours elapsed since an instant of the ticket's life. */
    HOURS(EnumSet.of(Operator.GREATER_THAN, Operator.LESS_THAN)),
    /** A custom field, whose value may be text, a number or a boolean; the value given narrows the operators. */
    CUSTOM(EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.CONTAINS, Operator.NOT_CONTAINS,
            Operator.GREATER_THAN, Operator.LESS_THAN));

    private final Set<Operator> operators;

    FieldKind(Set<Operator> operators) {
        this.operators = Collections.unmodifiableSet(operators);
    }

    public Set<Operator> operators() {
        return operators;
    }

    public boolean accepts(Operator operator) {
        return operators.contains(operator);
    }
}
