package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link CommentRepository} must do, run against the in-memory fake and the JDBC adapter alike. The rule
 * that matters most: a reader who may not see internal notes gets neither them nor a count that gives them away.
 */
public abstract class CommentRepositoryContract {

    // Whole microseconds: what PostgreSQL timestamps keep.
    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00.123456Z");

    protected abstract CommentRepository comments();

    /** A ticket that exists in the repository's store and has no comments yet. */
    protected abstract TicketId aTicket();

    /** Someone who exists in the repository's store and acts in this role. */
    protected abstract Actor anAuthor(Role role);

    private TicketId ticket;
    private Actor customer;
    private Actor agent;

    @BeforeEach
    void aConversationWithTwoPeople() {
        ticket = aTicket();
        customer = anAuthor(Role.CUSTOMER);
        agent = anAuthor(Role.AGENT);
    }

    private Comment write(TicketId on, Actor author, boolean internal, int minute) {
        return write(comments().nextId(), on, author, internal, minute);
    }

    private Comment write(CommentId id, TicketId on, Actor author, boolean internal, int minute) {
        Comment comment = new Comment(id, on, author, new CommentBody("message " + id.value()), internal,
                Channel.WEB, T0.plusSeconds(60L * minute));
        comments().add(comment);
        return comment;
    }

    /** customer, agent, internal note, customer, internal note, agent: ids in that order. */
    private List<Comment> aConversation() {
        return List.of(write(ticket, customer, false, 0), write(ticket, agent, false, 1),
                write(ticket, agent, true, 2), write(ticket, customer, false, 3), write(ticket, agent, true, 4),
                write(ticket, agent, false, 5));
    }

    private static List<Comment> visibleToCustomers(List<Comment> all) {
        return all.stream().filter(comment -> !comment.internal()).toList();
    }

    @Test
    void ids_are_unique_and_rise_in_creation_order() {
        CommentId first = comments().nextId();
        CommentId second = comments().nextId();

        assertTrue(second.value() > first.value(), first + " then " + second);
    }

    @Test
    void an_added_comment_is_found_with_every_field_intact() {
        Comment note = new Comment(comments().nextId(), ticket, agent, new CommentBody("Customer seems upset <b>"),
                true, Channel.CHAT, T0);
        comments().add(note);

        assertEquals(Optional.of(note), comments().find(note.id()));
        assertTrue(comments().find(new CommentId(Long.MAX_VALUE - 11)).isEmpty());
    }

    @Test
    void the_list_is_oldest_first_and_hides_and_does_not_count_internal_notes_unless_asked() {
        List<Comment> all = aConversation();
        write(aTicket(), customer, false, 6);

        Page<Comment> staff = comments().list(ticket, true, new PageRequest(1, 50));
        assertEquals(all, staff.items());
        assertEquals(6, staff.total());

        Page<Comment> customers = comments().list(ticket, false, new PageRequest(1, 50));
        assertEquals(visibleToCustomers(all), customers.items());
        assertEquals(4, customers.total(), "internal notes are not counted either");
    }

    @Test
    void the_list_pages_through_the_visible_comments() {
        List<Comment> visible = visibleToCustomers(aConversation());

        Page<Comment> second = comments().list(ticket, false, new PageRequest(2, 3));

        assertEquals(visible.subList(3, 4), second.items());
        assertEquals(4, second.total());
        assertEquals(2, second.page());
        assertEquals(3, second.pageSize());
        assertTrue(comments().list(ticket, false, new PageRequest(3, 3)).items().isEmpty());
    }

    @Test
    void pages_continue_after_a_position_without_repeating_or_skipping_what_was_written_meanwhile() {
        List<Comment> visible = visibleToCustomers(aConversation());

        Page<Comment> first = comments().list(ticket, false, new PageRequest(1, 3));
        assertEquals(visible.subList(0, 3), first.items());
        CommentId last = first.items().get(2).id();
        assertEquals(Optional.of(new KeysetPosition(Long.toString(last.value()), last.value())), first.next());

        Comment later = write(ticket, customer, false, 9);
        Page<Comment> second = comments().list(ticket, false, new PageRequest(1, 3),
                Optional.of(new CommentId(first.next().get().id())));
        assertEquals(List.of(visible.get(3), later), second.items());
        assertEquals(Optional.empty(), second.next());
        assertEquals(Optional.empty(), comments().list(ticket, true, new PageRequest(1, 10)).next());
    }

    @Test
    void order_is_by_id_not_by_when_a_comment_was_added() {
        CommentId earlier = comments().nextId();
        CommentId later = comments().nextId();
        Comment second = write(later, ticket, customer, false, 0);
        Comment first = write(earlier, ticket, agent, false, 1);

        assertEquals(List.of(first, second), comments().list(ticket, true, new PageRequest(1, 10)).items());
        assertEquals(List.of(first, second), comments().latest(ticket, true, 10, Optional.empty()));
    }

    @Test
    void latest_gives_the_newest_messages_oldest_first() {
        List<Comment> all = aConversation();

        assertEquals(all.subList(3, 6), comments().latest(ticket, true, 3, Optional.empty()));
        List<Comment> visible = visibleToCustomers(all);
        assertEquals(visible.subList(1, 4), comments().latest(ticket, false, 3, Optional.empty()));
        assertEquals(visible, comments().latest(ticket, false, 50, Optional.empty()));
    }

    @Test
    void latest_before_a_message_pages_back_through_the_history() {
        List<Comment> all = aConversation();
        CommentId before = all.get(3).id();

        assertEquals(all.subList(1, 3), comments().latest(ticket, true, 2, Optional.of(before)));
        assertEquals(List.of(all.get(0), all.get(1)), comments().latest(ticket, false, 2, Optional.of(before)));
        assertTrue(comments().latest(ticket, true, 5, Optional.of(all.getFirst().id())).isEmpty());
    }

    @Test
    void after_gives_what_a_reconnecting_client_missed_oldest_first_up_to_the_limit() {
        List<Comment> all = aConversation();
        write(aTicket(), customer, false, 9);
        CommentId since = all.get(1).id();

        assertEquals(all.subList(2, 6), comments().after(ticket, since, true, 10));
        assertEquals(List.of(all.get(3), all.get(5)), comments().after(ticket, since, false, 10));
        assertEquals(all.subList(2, 4), comments().after(ticket, since, true, 2));
        assertTrue(comments().after(ticket, all.getLast().id(), true, 10).isEmpty());
    }

    @Test
    void a_ticket_without_comments_has_an_empty_conversation() {
        aConversation();
        TicketId quiet = aTicket();

        Page<Comment> page = comments().list(quiet, true, new PageRequest(1, 10));
        assertTrue(page.items().isEmpty());
        assertEquals(0, page.total());
        assertTrue(comments().latest(quiet, true, 10, Optional.empty()).isEmpty());
        assertTrue(comments().after(quiet, new CommentId(1), true, 10).isEmpty());
    }
}
