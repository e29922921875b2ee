package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.automation.port.out.AutomationFacts;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/** The requester's address and the two history instants of a ticket, in one statement (see {@link AutomationSql}). */
@Singleton
@Transactional
public class JdbcAutomationFacts implements AutomationFacts {

    private static final String CONTEXT = """
            SELECT u.email,
                   %s AS status_changed_at,
                   %s AS last_customer_reply_at
            FROM tickets t JOIN users u ON u.id = t.requester_id
            WHERE t.id = ?""".formatted(AutomationSql.STATUS_CHANGED_AT, AutomationSql.LAST_CUSTOMER_REPLY_AT);

    private final JdbcOperations jdbc;

    JdbcAutomationFacts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketContext> contextOf(TicketId ticket) {
        return jdbc.prepareStatement(CONTEXT, statement -> {
            statement.setLong(1, ticket.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TicketContext(new EmailAddress(row.getString("email")),
                        AutomationRows.instant(row, "status_changed_at"),
                        Optional.ofNullable(AutomationRows.instant(row, "last_customer_reply_at"))));
            }
        });
    }
}
