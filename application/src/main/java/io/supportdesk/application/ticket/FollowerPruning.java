package io.supportdesk.application.ticket;

import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.ticket.port.out.TicketFollowers;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketFollowing;
import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Map;

/**
 * A follower who can no longer read a ticket stops following it: after the ticket moved (another team, another
 * assignee) and after the follower's own access changed (a team left, a role changed). Runs in the caller's unit of
 * work.
 */
public final class FollowerPruning {

    private final TicketFollowers followers;
    private final TicketParticipants participants;
    private final TeamsOfUser teams;
    private final TicketRepository tickets;

    public FollowerPruning(TicketFollowers followers, TicketParticipants participants, TeamsOfUser teams,
                           TicketRepository tickets) {
        this.followers = followers;
        this.participants = participants;
        this.teams = teams;
        this.tickets = tickets;
    }

    /** The ticket as it now is: followers who may no longer read it are let go. */
    public void afterChange(Ticket ticket) {
        List<UserId> following = followers.of(ticket.id());
        if (following.isEmpty()) {
            return;
        }
        Map<UserId, Participant> people = participants.findAll(following);
        for (UserId user : following) {
            Participant person = people.get(user);
            if (person == null || !person.active()
                    || !TicketFollowing.mayFollow(new Actor(user, person.role(), teams.teamsOf(user)), ticket)) {
                followers.remove(ticket.id(), user);
            }
        }
    }

    /** The person as they now are: the tickets they may no longer read are unfollowed. */
    public void afterAccessChange(UserId user) {
        List<TicketId> followed = followers.followedBy(user);
        if (followed.isEmpty()) {
            return;
        }
        Participant person = participants.find(user).orElse(null);
        Actor now = person == null ? null : new Actor(user, person.role(), teams.teamsOf(user));
        for (TicketId id : followed) {
            boolean keeps = now != null && person.active()
                    && tickets.findById(id).map(ticket -> TicketFollowing.mayFollow(now, ticket)).orElse(false);
            if (!keeps) {
                followers.remove(id, user);
            }
        }
    }
}
