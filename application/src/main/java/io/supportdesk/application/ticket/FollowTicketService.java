package io.supportdesk.application.ticket;

import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.FollowTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketFollowers;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketFollowing;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class FollowTicketService implements FollowTicketUseCase {

    private final TicketAccess access;
    private final TicketFollowers followers;
    private final TicketParticipants participants;
    private final TeamsOfUser teams;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public FollowTicketService(TicketAccess access, TicketFollowers followers, TicketParticipants participants,
                               TeamsOfUser teams, UnitOfWork unitOfWork, Clock clock) {
        this.access = access;
        this.followers = followers;
        this.participants = participants;
        this.teams = teams;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<Participant> follow(Actor actor, TicketReference reference, UserId follower) {
        return unitOfWork.inTransaction(() -> {
            // Held: two people following at once cannot both take the twentieth place. Found before anything is
            // refused, so a ticket the caller may not read is "not found" whoever they name.
            Ticket ticket = access.loadHeld(actor, reference);
            TicketFollowing.checkManage(actor, follower);
            Participant person = participants.find(follower).filter(Participant::active)
                    .orElseThrow(() -> new TicketRuleViolation("user_id", "no active user with id "
                            + follower.value()));
            if (!TicketFollowing.mayFollow(new Actor(follower, person.role(), teams.teamsOfHeld(follower)), ticket)) {
                throw new TicketRuleViolation("user_id", person.fullName()
                        + " cannot read this ticket, so cannot follow it");
            }
            List<UserId> current = followers.of(ticket.id());
            if (!current.contains(follower)) {
                TicketFollowing.checkRoom(current.size());
                followers.add(ticket.id(), follower, clock.instant());
            }
            return people(ticket);
        });
    }

    @Override
    public List<Participant> unfollow(Actor actor, TicketReference reference, UserId follower) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadReadable(actor, reference);
            TicketFollowing.checkManage(actor, follower);
            followers.remove(ticket.id(), follower);
            return people(ticket);
        });
    }

    @Override
    public List<Participant> followers(Actor actor, TicketReference reference) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("followers", "followers are shown to staff only");
        }
        return unitOfWork.reading(() -> people(access.loadReadable(actor, reference)));
    }

    private List<Participant> people(Ticket ticket) {
        List<UserId> ids = followers.of(ticket.id());
        Map<UserId, Participant> found = participants.findAll(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
