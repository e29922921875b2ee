package io.supportdesk.domain.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of request a ticket is, in ITIL's words: a question, an incident (something broke), a problem (the
 * cause behind incidents) or a task. New tickets are questions unless told otherwise; a type may route to a team.
 */
public enum TicketType {
    QUESTION,
    INCIDENT,
    PROBLEM,
    TASK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketType fromCode(String code) {
        if (code != null) {
            for (TicketType type : values()) {
                if (type.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown ticket type '" + code + "'; allowed: "
                + Arrays.stream(values()).map(TicketType::code).collect(Collectors.joining(", ")));
    }
}
