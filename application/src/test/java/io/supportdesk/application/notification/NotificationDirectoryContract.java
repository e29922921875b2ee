package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link NotificationDirectory} must do, run against the in-memory fake the planner tests use and against
 * the JDBC adapter, so the people, tickets and comments the planner is tested with read the way the real ones do.
 */
public abstract class NotificationDirectoryContract {

    // Truncated to seconds, well inside what PostgreSQL timestamps keep.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    protected abstract NotificationDirectory directory();

    /** Stores an active user with exactly these details and no stored preferences. */
    protected abstract UserId aUser(Role role, String name, String email);

    protected abstract void deactivate(UserId user);

    /** Stores the user's choice about optional emails. */
    protected abstract void choose(UserId user, NotificationPreferences preferences);

    protected abstract TicketIdentities ticketIdentities();

    /** A new team, with nobody in it. */
    protected abstract TeamId aTeam();

    /** Stores the ticket as it stands. */
    protected abstract void store(Ticket ticket);

    protected abstract CommentId nextCommentId();

    protected abstract void store(Comment comment);

    private static String anEmail(Role role) {
        return role.code() + "-" + UUID.randomUUID() + "@example.test";
    }

    private UserId aUser(Role role) {
        return aUser(role, "Test " + role.code(), anEmail(role));
    }

    private Ticket aTicketOf(UserId customer) {
        TicketIdentities.NewTicketIdentity identity = ticketIdentities().next();
        return Ticket.open(identity.id(), identity.number(), new Title("Printer on fire"),
                new Description("It started smoking."), Priority.HIGH, new CategoryCode("technical"), Tags.none(),
                CustomFields.none(), customer, SlaPolicy.defaults().targetsFor(Priority.HIGH,
                        new CategoryCode("technical")), new Actor(customer, Role.CUSTOMER), CLOCK);
    }

    @Test
    void a_user_is_found_with_address_role_and_default_preferences() {
        String email = anEmail(Role.AGENT);
        UserId agent = aUser(Role.AGENT, "Ada Agent", email);

        assertEquals(Optional.of(new Addressee(agent, "Ada Agent", new EmailAddress(email), Role.AGENT, true,
                NotificationPreferences.all())), directory().user(agent));
        assertTrue(directory().user(new UserId(Long.MAX_VALUE - 1)).isEmpty());
    }

    @Test
    void stored_opt_outs_are_read() {
        UserId customer = aUser(Role.CUSTOMER);
        UserId other = aUser(Role.CUSTOMER);

        choose(customer, new NotificationPreferences(false, true));

        assertEquals(new NotificationPreferences(false, true), directory().user(customer).orElseThrow().preferences());
        assertEquals(NotificationPreferences.all(), directory().user(other).orElseThrow().preferences());
    }

    @Test
    void a_deactivated_user_is_still_found_but_shown_as_inactive() {
        UserId customer = aUser(Role.CUSTOMER);

        deactivate(customer);

        assertFalse(directory().user(customer).orElseThrow().active());
    }

    @Test
    void managers_are_the_active_ones() {
        UserId active = aUser(Role.MANAGER);
        UserId inactive = aUser(Role.MANAGER);
        UserId agent = aUser(Role.AGENT);
        deactivate(inactive);

        List<UserId> managers = directory().managers().stream().map(Addressee::id).toList();

        assertTrue(managers.contains(active), managers.toString());
        assertFalse(managers.contains(inactive), managers.toString());
        assertFalse(managers.contains(agent), managers.toString());
        assertTrue(directory().managers().stream().allMatch(manager -> manager.role() == Role.MANAGER
                && manager.active()));
    }

    @Test
    void a_team_nobody_was_put_in_has_no_members() {
        aUser(Role.AGENT);

        assertTrue(directory().teamMembers(aTeam()).isEmpty());
    }

    @Test
    void a_ticket_is_summarised_with_its_people_and_due_times() {
        UserId customer = aUser(Role.CUSTOMER);
        Ticket ticket = aTicketOf(customer);
        store(ticket);

        assertEquals(Optional.of(new TicketSummary(ticket.id(), ticket.number(), new Title("Printer on fire"),
                TicketStatus.OPEN, Priority.HIGH, customer, Optional.empty(), Optional.empty(),
                NOW.plus(Duration.ofHours(4)), NOW.plus(Duration.ofHours(48)))), directory().ticket(ticket.id()));
        assertTrue(directory().ticket(new TicketId(Long.MAX_VALUE - 1)).isEmpty());
    }

    @Test
    void an_assigned_ticket_names_its_assignee_and_team() {
        UserId customer = aUser(Role.CUSTOMER);
        UserId agent = aUser(Role.AGENT);
        Actor manager = new Actor(aUser(Role.MANAGER), Role.MANAGER);
        Ticket ticket = aTicketOf(customer);
        TeamId team = aTeam();
        ticket.routeTo(team, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), manager, CLOCK);
        ticket.assignTo(agent, manager, CLOCK);
        store(ticket);

        TicketSummary summary = directory().ticket(ticket.id()).orElseThrow();

        assertEquals(TicketStatus.ASSIGNED, summary.status());
        assertEquals(Optional.of(agent), summary.assignee());
        assertEquals(Optional.of(team), summary.team());
    }

    @Test
    void comments_are_read_in_the_order_asked_with_author_and_internal_flag_and_missing_ones_left_out() {
        UserId customer = aUser(Role.CUSTOMER);
        UserId agent = aUser(Role.AGENT);
        Ticket ticket = aTicketOf(customer);
        store(ticket);
        CommentId note = nextCommentId();
        store(new Comment(note, ticket.id(), new Actor(agent, Role.AGENT), new CommentBody("Customer seems upset <b>"),
                true, Channel.WEB, NOW));
        CommentId reply = nextCommentId();
        store(new Comment(reply, ticket.id(), new Actor(customer, Role.CUSTOMER), new CommentBody("Still broken"),
                false, Channel.CHAT, NOW));

        assertEquals(List.of(new CommentText(reply, customer, "Still broken", false),
                        new CommentText(note, agent, "Customer seems upset <b>", true)),
                directory().comments(List.of(reply, new CommentId(Long.MAX_VALUE - 1), note)));
        assertTrue(directory().comments(List.of()).isEmpty());
    }
}
