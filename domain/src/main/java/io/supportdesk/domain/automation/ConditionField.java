package io.supportdesk.domain.automation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a condition may look at, each with the {@link FieldKind} of its value. */
public enum ConditionField {
    STATUS(FieldKind.CHOICE),
    PRIORITY(FieldKind.CHOICE),
    CATEGORY(FieldKind.CHOICE),
    CHANNEL(FieldKind.CHOICE),
    REQUESTER_DOMAIN(FieldKind.CHOICE),
    TEAM(FieldKind.HOLDER),
    ASSIGNEE(FieldKind.HOLDER),
    TAGS(FieldKind.TAGS),
    TITLE(FieldKind.TEXT),
    DESCRIPTION(FieldKind.TEXT),
    HOURS_SINCE_CREATED(FieldKind.HOURS),
    HOURS_SINCE_UPDATED(FieldKind.HOURS),
    HOURS_SINCE_STATUS_CHANGE(FieldKind.HOURS),
    /** Named further by the condition's {@code key}. */
    CUSTOM_FIELD(FieldKind.CUSTOM);

    private final FieldKind kind;

    ConditionField(FieldKind kind) {
        this.kind = kind;
    }

    public FieldKind kind() {
        return kind;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConditionField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
