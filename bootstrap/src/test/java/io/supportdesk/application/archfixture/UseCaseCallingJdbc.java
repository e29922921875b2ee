package io.supportdesk.application.archfixture;

import io.supportdesk.adapter.persistence.ticket.JdbcTicketRepository;

/** Deliberately misplaced: a use case holding a persistence adapter instead of its out-port. */
public class UseCaseCallingJdbc {
    JdbcTicketRepository tickets;
}
