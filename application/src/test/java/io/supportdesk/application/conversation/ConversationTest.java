package io.supportdesk.application.conversation;

import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {

    private final TicketTestKit kit = new TicketTestKit();

    @Test
    void the_first_public_staff_reply_stops_the_first_response_clock() {
        TicketDetails t = kit.openTicket(kit.customer, "technical", Priority.HIGH);
        kit.comment(kit.agent, t, "Internal: probably the SSO bug", true);
        assertTrue(kit.get.get(kit.agent, TicketTestKit.ref(t)).firstRespondedAt().isEmpty());

        kit.comment(kit.agent, t, "Could you try again now?", false);
        assertEquals(kit.clock.instant(),
                kit.get.get(kit.agent, TicketTestKit.ref(t)).firstRespondedAt().orElseThrow());
    }

    @Test
    void customers_never_see_internal_notes_in_the_list_or_its_total() {
        TicketDetails t = kit.openTicket(kit.customer, "technical", Priority.HIGH);
        kit.comment(kit.customer, t, "It is broken", false);
        kit.comment(kit.agent, t, "Customer is on the legacy plan", true);
        kit.comment(kit.agent, t, "We are on it", false);

        var forCustomer = kit.listComments.list(kit.customer, TicketTestKit.ref(t), new PageRequest(1, 20));
        assertEquals(2, forCustomer.total());
        assertTrue(forCustomer.items().stream().noneMatch(c -> c.comment().internal()));
        var forAgent = kit.listComments.list(kit.agent, TicketTestKit.ref(t), new PageRequest(1, 20));
        assertEquals(3, forAgent.total());
        assertEquals("It is broken", forAgent.items().get(0).comment().body().value());
    }

    @Test
    void customers_cannot_write_internal_notes_and_nothing_is_stored_when_refused() {
        TicketDetails t = kit.openTicket(kit.customer, "technical", Priority.HIGH);
        assertThrows(TicketAccessDenied.class, () -> kit.comment(kit.customer, t, "sneaky", true));
        assertEquals(0, kit.listComments.list(kit.agent, TicketTestKit.ref(t), new PageRequest(1, 20)).total());
        assertEquals(0, kit.events.published(CommentAdded.class).size());
    }

    @Test
    void nobody_comments_on_a_ticket_they_cannot_read() {
        TicketDetails t = kit.openTicket(kit.customer, "technical", Priority.HIGH);
        assertThrows(TicketNotFoundException.class,
                () -> kit.comment(kit.otherCustomer, t, "hello?", false));
    }

    @Test
    void a_comment_holds_the_ticket_while_it_records_itself_so_no_other_change_comes_between() {
        TicketDetails t = kit.openTicket(kit.customer, "technical", Priority.HIGH);
        // Only the holding reads are allowed: a plain read could be overtaken and the save found stale.
        var racing = new TicketRepository() {
            int heldReads;

            @Override
            public Ticket save(Ticket ticket) {
                return kit.tickets.save(ticket);
            }

            @Override
            public Ticket add(Ticket ticket) {
                return kit.tickets.add(ticket);
            }

            @Override
            public Optional<Ticket> findById(TicketId id) {
                throw new AssertionError("a comment must not read the ticket without holding it");
            }

            @Override
            public Optional<Ticket> findByNumber(TicketNumber number) {
                throw new AssertionError("a comment must not read the ticket without holding it");
            }

            @Override
            public Optional<Ticket> findByIdForUpdate(TicketId id) {
                heldReads++;
                return kit.tickets.findByIdForUpdate(id);
            }

            @Override
            public Optional<Ticket> findByNumberForUpdate(TicketNumber number) {
                heldReads++;
                return kit.tickets.findByNumberForUpdate(number);
            }

            @Override
            public boolean delete(TicketId id) {
                return kit.tickets.delete(id);
            }
        };
        TicketAccess held = new TicketAccess(racing, kit.views,
                io.supportdesk.domain.ticket.Workflow.standard(), kit.clock);
        AddCommentService service = new AddCommentService(racing, kit.comments, kit.people, kit.events,
                held, kit.unitOfWork, kit.clock);

        service.add(new AddCommentCommand(kit.agent,
                TicketTestKit.ref(t), new CommentBody("On it"), false,
                Channel.WEB));

        assertEquals(1, racing.heldReads);
        assertEquals(1, kit.listComments.list(kit.agent, TicketTestKit.ref(t),
                new PageRequest(1, 20)).total());
        assertTrue(kit.get.get(kit.agent, TicketTestKit.ref(t)).firstRespondedAt().isPresent());
    }
}
