package io.supportdesk.application.demo.port.in;

/**
 * Fills an empty desk with a month of made-up but consistent activity, so that a first start has something to show:
 * staff and customers, two teams, and tickets in every status with their conversations, history and SLA clocks.
 * Writes everything or nothing, and nothing at all on a database that has a ticket.
 */
public interface SeedDemoDeskUseCase {

    DemoDeskOutcome seed();
}
