package io.supportdesk.adapter.persistence.automation;

import io.supportdesk.domain.identity.Role;

/**
 * The two instants rules read from a ticket's history, as SQL over a ticket aliased {@code t}: the one home of both,
 * so the facts a rule is judged on ({@link JdbcAutomationFacts}) and the periods the sweep looks for
 * ({@link JdbcTimeRuleSchedule}) cannot drift apart. Only constants go into them, never input; the kind and the
 * role stay literals so that the planner can use the partial indexes V28 made for them.
 */
final class AutomationSql {

    /**
     * When the status last changed: the newest {@code status_changed} row JdbcTicketHistory wrote for the ticket, or
     * the ticket's creation if it never moved; one entry of ticket_history_status_changes_idx.
     */
    static final String STATUS_CHANGED_AT = """
            coalesce((SELECT max(h.occurred_at) FROM ticket_history h
                      WHERE h.ticket_id = t.id AND h.kind = 'status_changed'), t.created_at)""";

    /** The newest comment written by a customer, null if none; one entry of ticket_comments_customer_idx. */
    static final String LAST_CUSTOMER_REPLY_AT = """
            (SELECT max(c.created_at) FROM ticket_comments c
             WHERE c.ticket_id = t.id AND c.author_role = '%s')""".formatted(Role.CUSTOMER.code());

    /** {@code TicketFacts.customerSilentSince}: the last customer reply, or the creation (the request is a word). */
    static final String CUSTOMER_SILENT_SINCE = "coalesce(" + LAST_CUSTOMER_REPLY_AT + ", t.created_at)";

    private AutomationSql() {
    }
}
