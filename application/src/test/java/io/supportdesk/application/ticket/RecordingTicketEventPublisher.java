package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.ticket.TicketEvent;

import java.util.ArrayList;
import java.util.List;

/** Keeps every published event, in order, for assertions. */
public final class RecordingTicketEventPublisher implements TicketEventPublisher {

    private final List<TicketEvent> published = new ArrayList<>();

    @Override
    public void publish(List<TicketEvent> events) {
        published.addAll(events);
    }

    public List<TicketEvent> published() {
        return List.copyOf(published);
    }

    public <E extends TicketEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
