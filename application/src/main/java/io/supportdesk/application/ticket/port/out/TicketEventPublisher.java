package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.TicketEvent;

import java.util.List;

/**
 * Hands the events a change recorded to whoever reacts to them (history, notifications, live chat). Called inside
 * the change's unit of work, so a publisher that writes to the database commits or rolls back with the change.
 */
public interface TicketEventPublisher {

    void publish(List<TicketEvent> events);
}
