package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

/**
 * Who may follow a ticket (get its staff notifications and join its chat without owning it): staff who may read it,
 * at most {@link #MAX_FOLLOWERS} of them. Anyone may stop following; agents add and remove only themselves,
 * supervisors anyone. A follower who can no longer read the ticket stops following it.
 */
public final class TicketFollowing {

    public static final int MAX_FOLLOWERS = 20;

    private TicketFollowing() {
    }

    /** The follower as they are now (role, teams): staff who read the ticket. */
    public static boolean mayFollow(Actor follower, Ticket ticket) {
        return follower.isStaff() && TicketVisibility.of(follower).includes(ticket);
    }

    public static void checkManage(Actor actor, UserId follower) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("followers", "only staff follow tickets");
        }
        if (!actor.id().equals(follower) && !actor.role().isSupervisor()) {
            throw new TicketAccessDenied("followers", "agents may only follow or unfollow a ticket themselves");
        }
    }

    public static void checkRoom(int followers) {
        if (followers >= MAX_FOLLOWERS) {
            throw new TicketRuleViolation("user_id", "a ticket has at most " + MAX_FOLLOWERS + " followers");
        }
    }
}
