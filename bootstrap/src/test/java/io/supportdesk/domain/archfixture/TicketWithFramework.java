package io.supportdesk.domain.archfixture;

import io.micronaut.context.ApplicationContext;

/** Deliberately misplaced: a domain class that reaches for Micronaut. Only the architecture tests load it. */
public class TicketWithFramework {
    ApplicationContext context;
}
