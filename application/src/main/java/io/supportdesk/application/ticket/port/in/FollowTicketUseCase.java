package io.supportdesk.application.ticket.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.List;

/**
 * Staff follow tickets they may read: they get the ticket's staff notifications and may join its chat. Agents
 * follow and unfollow for themselves; supervisors for anyone. Each answers the followers as they now are.
 */
public interface FollowTicketUseCase {

    List<Participant> follow(Actor actor, TicketReference ticket, UserId follower);

    List<Participant> unfollow(Actor actor, TicketReference ticket, UserId follower);

    List<Participant> followers(Actor actor, TicketReference ticket);
}
