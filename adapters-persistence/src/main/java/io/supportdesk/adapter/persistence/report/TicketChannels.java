package io.supportdesk.adapter.persistence.report;

import java.util.List;

/** Placeholder until the ticket channel lands. */
final class TicketChannels {
    static final List<String> CODES = List.of("web", "email", "chat", "phone", "import");
}
