package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.domain.ticket.TicketId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Followers that only remember what they were handed. */
public final class RecordingLiveUpdates implements LiveUpdates {

    private final Set<TicketId> followed = new HashSet<>();
    private final List<LiveUpdate> delivered = new ArrayList<>();
    private int resynchronisations;

    public synchronized void follow(TicketId ticket) {
        followed.add(ticket);
    }

    @Override
    public synchronized boolean following(TicketId ticket) {
        return followed.contains(ticket);
    }

    @Override
    public synchronized void deliver(LiveUpdate update) {
        delivered.add(update);
    }

    @Override
    public synchronized void resynchronise() {
        resynchronisations++;
    }

    public synchronized List<LiveUpdate> delivered() {
        return List.copyOf(delivered);
    }

    public synchronized int resynchronisations() {
        return resynchronisations;
    }
}
