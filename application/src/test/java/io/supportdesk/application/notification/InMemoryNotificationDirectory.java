package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** People, tickets, teams and comments set up by hand for planner tests. */
public final class InMemoryNotificationDirectory implements NotificationDirectory {

    private final Map<UserId, Addressee> users = new LinkedHashMap<>();
    private final Map<TicketId, TicketSummary> tickets = new HashMap<>();
    private final Map<TeamId, List<UserId>> teams = new HashMap<>();
    private final Map<TeamId, List<UserId>> leads = new HashMap<>();
    private final Map<TeamId, String> teamNames = new HashMap<>();
    private final Map<CommentId, CommentText> comments = new HashMap<>();

    public Addressee add(long id, String name, Role role) {
        Addressee addressee = new Addressee(new UserId(id), name,
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.test"), role, true,
                NotificationPreferences.all());
        users.put(addressee.id(), addressee);
        return addressee;
    }

    public InMemoryNotificationDirectory put(Addressee addressee) {
        users.put(addressee.id(), addressee);
        return this;
    }

    public InMemoryNotificationDirectory put(TicketSummary ticket) {
        tickets.put(ticket.id(), ticket);
        return this;
    }

    public InMemoryNotificationDirectory put(CommentText comment) {
        comments.put(comment.id(), comment);
        return this;
    }

    public InMemoryNotificationDirectory member(TeamId team, UserId user) {
        teams.computeIfAbsent(team, ignored -> new ArrayList<>()).add(user);
        return this;
    }

    @Override
    public Optional<Addressee> user(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<TicketSummary> ticket(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public List<Addressee> managers() {
        return users.values().stream().filter(user -> user.role() == Role.MANAGER && user.active()).toList();
    }

    @Override
    public List<Addressee> teamMembers(TeamId team) {
        return teams.getOrDefault(team, List.of()).stream().map(users::get).filter(Addressee::active).toList();
    }

    /** Makes the user a lead of the team (and a member). */
    public InMemoryNotificationDirectory addLead(TeamId team, UserId user) {
        leads.computeIfAbsent(team, ignored -> new ArrayList<>()).add(user);
        teams.computeIfAbsent(team, ignored -> new ArrayList<>()).add(user);
        return this;
    }

    public InMemoryNotificationDirectory nameTeam(TeamId team, String name) {
        teamNames.put(team, name);
        return this;
    }

    @Override
    public List<Addressee> teamLeads(TeamId team) {
        return leads.getOrDefault(team, List.of()).stream().map(users::get).filter(Addressee::active).toList();
    }

    private final Map<TicketId, List<UserId>> followers = new HashMap<>();

    public InMemoryNotificationDirectory follow(TicketId ticket, UserId user) {
        followers.computeIfAbsent(ticket, ignored -> new ArrayList<>()).add(user);
        return this;
    }

    @Override
    public List<Addressee> followers(TicketId ticket) {
        return followers.getOrDefault(ticket, List.of()).stream().map(users::get).toList();
    }

    @Override
    public Optional<String> teamName(TeamId team) {
        return Optional.ofNullable(teamNames.get(team));
    }

    @Override
    public List<CommentText> comments(List<CommentId> ids) {
        return ids.stream().map(comments::get).filter(Objects::nonNull).toList();
    }
}
