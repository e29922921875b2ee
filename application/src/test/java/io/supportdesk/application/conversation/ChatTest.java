package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketField;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.LeaveChatCommand;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.conversation.port.in.PostSystemMessageCommand;
import io.supportdesk.application.conversation.port.in.SignalTypingCommand;
import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatTest {

    private final ChatTestKit kit = new ChatTestKit();
    private final TicketTestKit t = kit.tickets;

    @Test
    void a_chat_on_a_ticket_the_caller_may_not_read_looks_like_a_ticket_that_does_not_exist() {
        TicketDetails ticket = kit.aTicketOf(t.customer);

        assertThrows(TicketNotFoundException.class,
                () -> kit.connect(t.otherCustomer, ticket, ChatConnectionId.random()));
        assertThrows(TicketNotFoundException.class, () -> kit.open.open(new OpenChatCommand(t.agent,
                TicketReference.parse("TKT-999999"), ChatConnectionId.random())));
        assertTrue(kit.broadcast.announced().isEmpty());
    }

    @Test
    void a_chat_opens_by_ticket_number_too_and_names_the_ticket_and_the_person() {
        TicketDetails ticket = kit.aTicketOf(t.customer);

        var opened = kit.open.open(new OpenChatCommand(t.agent,
                new TicketReference.ByNumber(ticket.number()), ChatConnectionId.random()));

        assertEquals(ticket.id(), opened.ticket());
        assertEquals(ticket.number(), opened.number());
        assertEquals("Aaron Agent", opened.participant().fullName());
    }

    @Test
    void only_the_first_connection_announces_joining_and_only_the_last_announces_leaving() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        ChatConnectionId laptop = ChatConnectionId.random();
        ChatConnectionId phone = ChatConnectionId.random();
        var id = ticket.id();

        kit.connect(t.customer, ticket, laptop);
        kit.connect(t.customer, ticket, phone);
        kit.leave.leave(new LeaveChatCommand(t.customer, id, laptop));
        assertEquals(List.of(new PresenceChanged(id, t.customer.id(), true)), kit.broadcast.announced());

        kit.leave.leave(new LeaveChatCommand(t.customer, id, phone));
        assertEquals(List.of(new PresenceChanged(id, t.customer.id(), true),
                new PresenceChanged(id, t.customer.id(), false)), kit.broadcast.announced());
    }

    @Test
    void active_users_are_everyone_connected_until_their_instance_stops_refreshing_them() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        ChatConnectionId customerSocket = ChatConnectionId.random();
        kit.connect(t.customer, ticket, customerSocket);
        kit.connect(t.agent, ticket, ChatConnectionId.random());

        assertEquals(List.of("Carla Customer", "Aaron Agent"), names(kit.activeUsers.list(t.customer,
                TicketTestKit.ref(ticket))));

        kit.clock.advance(Duration.ofSeconds(30));
        kit.refresh.refresh(List.of(customerSocket));
        kit.clock.advance(Duration.ofSeconds(30));

        assertEquals(List.of("Carla Customer"), names(kit.activeUsers.list(t.agent, TicketTestKit.ref(ticket))));
        assertThrows(TicketNotFoundException.class,
                () -> kit.activeUsers.list(t.otherCustomer, TicketTestKit.ref(ticket)));
    }

    @Test
    void chat_messages_are_comments_of_the_same_conversation_and_announced_through_their_event() {
        TicketDetails ticket = kit.aTicketOf(t.customer);

        CommentDetails sent = kit.chat(t.agent, ticket, "Hello from chat", false);

        var listed = t.listComments.list(t.customer, TicketTestKit.ref(ticket), new PageRequest(1, 20));
        assertEquals(List.of(sent.comment()), listed.items().stream().map(CommentDetails::comment).toList());
        assertEquals(Channel.CHAT, listed.items().get(0).comment().channel());
        assertTrue(t.get.get(t.agent, TicketTestKit.ref(ticket)).firstRespondedAt().isPresent());
        CommentAdded added = t.events.published(CommentAdded.class).get(0);
        assertEquals(Optional.of(new MessagePosted(ticket.id(), sent.comment().id())), ChatSignal.of(added));
    }

    @Test
    void ticket_events_become_signals_carrying_codes_and_ids_and_creation_gives_none() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        t.move(t.agent, ticket, TicketStatus.IN_PROGRESS);
        t.assign.assign(new AssignTicketCommand(t.agent, TicketTestKit.ref(ticket), t.agent.id(), java.util.OptionalLong.empty()));

        List<ChatSignal> signals = t.events.published().stream().map(ChatSignal::of).flatMap(Optional::stream)
                .toList();

        assertEquals(List.of(
                new TicketChanged(ticket.id(), TicketField.STATUS, Optional.of("open"),
                        Optional.of("in_progress"), Optional.of(t.agent.id())),
                new TicketChanged(ticket.id(), TicketField.ASSIGNEE, Optional.empty(),
                        Optional.of(String.valueOf(t.agent.id().value())), Optional.of(t.agent.id()))), signals);
        assertEquals(Optional.empty(), ChatSignal.of(t.events.published(TicketEvent.class).get(0)));
    }

    @Test
    void history_is_the_newest_messages_or_everything_after_since_and_customers_never_get_internal_notes() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        CommentId first = kit.chat(t.customer, ticket, "one", false).comment().id();
        kit.chat(t.agent, ticket, "internal two", true);
        for (int i = 3; i <= 60; i++) {
            kit.chat(t.agent, ticket, "message " + i, false);
        }

        List<CommentDetails> latest = kit.history.history(ChatHistoryQuery.latest(t.customer,
                TicketTestKit.ref(ticket)));
        assertEquals(50, latest.size());
        assertEquals("message 60", latest.get(49).comment().body().value());
        assertEquals("Aaron Agent", latest.get(49).author().fullName());

        List<CommentDetails> sinceFirst = kit.history.history(ChatHistoryQuery.after(t.customer,
                TicketTestKit.ref(ticket), first));
        assertEquals(58, sinceFirst.size());
        assertTrue(sinceFirst.stream().noneMatch(c -> c.comment().internal()));
        assertEquals(59, kit.history.history(ChatHistoryQuery.after(t.agent, TicketTestKit.ref(ticket), first))
                .size());

        List<CommentDetails> older = kit.history.history(new ChatHistoryQuery(t.customer, TicketTestKit.ref(ticket),
                5, Optional.of(latest.get(0).comment().id()), Optional.empty()));
        assertEquals(List.of("message 6", "message 7", "message 8", "message 9", "message 10"),
                older.stream().map(c -> c.comment().body().value()).toList());
    }

    @Test
    void a_history_query_asks_for_one_direction_and_a_sane_limit() {
        var ref = TicketReference.parse("1");
        assertThrows(IllegalArgumentException.class, () -> new ChatHistoryQuery(t.agent, ref, 0, Optional.empty(),
                Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ChatHistoryQuery(t.agent, ref, 501, Optional.empty(),
                Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ChatHistoryQuery(t.agent, ref, 10,
                Optional.of(new CommentId(1)), Optional.of(new CommentId(2))));
    }

    @Test
    void managers_post_system_messages_that_are_public_but_are_not_a_first_response() {
        TicketDetails ticket = kit.aTicketOf(t.customer);

        CommentDetails notice = kit.systemMessage.post(new PostSystemMessageCommand(t.manager,
                TicketTestKit.ref(ticket), new CommentBody("We are looking into an outage")));

        assertEquals(Channel.SYSTEM, notice.comment().channel());
        assertFalse(notice.comment().internal());
        assertEquals(List.of(new MessagePosted(ticket.id(), notice.comment().id())),
                kit.broadcast.announced());
        assertTrue(t.get.get(t.agent, TicketTestKit.ref(ticket)).firstRespondedAt().isEmpty());
        assertEquals(1, t.listComments.list(t.customer, TicketTestKit.ref(ticket), new PageRequest(1, 5)).total());
    }

    @Test
    void agents_and_customers_may_not_post_system_messages() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        for (var actor : List.of(t.agent, t.customer)) {
            assertThrows(TicketAccessDenied.class, () -> kit.systemMessage.post(new PostSystemMessageCommand(actor,
                    TicketTestKit.ref(ticket), new CommentBody("hi"))));
        }
        assertTrue(kit.broadcast.announced().isEmpty());
    }

    @Test
    void typing_is_announced_and_a_customer_cannot_type_an_internal_note() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        var id = ticket.id();

        kit.typing.signal(new SignalTypingCommand(t.customer, id, true, true));
        kit.typing.signal(new SignalTypingCommand(t.agent, id, true, true));

        assertEquals(List.of(new ChatSignal.Typing(id, t.customer.id(), true, false),
                new ChatSignal.Typing(id, t.agent.id(), true, true)), kit.broadcast.announced());
    }

    @Test
    void the_relay_loads_nothing_for_tickets_nobody_here_follows() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        CommentDetails sent = kit.chat(t.customer, ticket, "anyone?", false);

        kit.relay.relay(new MessagePosted(ticket.id(), sent.comment().id()));

        assertTrue(kit.live.delivered().isEmpty());
    }

    @Test
    void the_relay_hands_followers_the_message_with_its_author() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        kit.live.follow(ticket.id());
        CommentDetails sent = kit.chat(t.agent, ticket, "note", true);

        kit.relay.relay(new MessagePosted(ticket.id(), sent.comment().id()));
        kit.relay.relay(new MessagePosted(ticket.id(), new CommentId(9_999)));

        assertEquals(List.of(new LiveUpdate.Message(sent)), kit.live.delivered());
    }

    @Test
    void the_relay_describes_ticket_changes_with_the_ticket_as_it_is_now() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        kit.live.follow(ticket.id());
        t.assign.assign(new AssignTicketCommand(t.agent, TicketTestKit.ref(ticket), t.agent.id(), java.util.OptionalLong.empty()));
        TicketChanged assigned = t.events.published().stream().map(ChatSignal::of).flatMap(Optional::stream)
                .map(TicketChanged.class::cast).findFirst().orElseThrow();

        kit.relay.relay(assigned);

        var update = assertInstanceOf(LiveUpdate.TicketUpdated.class, kit.live.delivered().get(0));
        assertEquals(TicketField.ASSIGNEE, update.field());
        assertEquals("Aaron Agent", update.assignee().orElseThrow().fullName());
        assertEquals("Aaron Agent", update.by().orElseThrow().fullName());
        assertEquals(ticket.number(), update.number());
    }

    @Test
    void the_relay_tells_who_arrived_and_who_is_there_now() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        kit.live.follow(ticket.id());
        kit.connect(t.customer, ticket, ChatConnectionId.random());
        kit.connect(t.agent, ticket, ChatConnectionId.random());

        kit.relay.relay(kit.broadcast.announced(PresenceChanged.class).get(1));

        var presence = assertInstanceOf(LiveUpdate.Presence.class, kit.live.delivered().get(0));
        assertEquals("Aaron Agent", presence.user().fullName());
        assertTrue(presence.present());
        assertEquals(List.of("Carla Customer", "Aaron Agent"), names(presence.active()));
    }

    @Test
    void typing_reaches_followers_with_the_typists_name_and_a_gap_makes_them_resynchronise() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        kit.live.follow(ticket.id());

        kit.relay.relay(new ChatSignal.Typing(ticket.id(), t.customer.id(), true, false));
        kit.relay.relay(new ChatSignal.Gap());

        var typing = assertInstanceOf(LiveUpdate.Typing.class, kit.live.delivered().get(0));
        assertEquals("Carla Customer", typing.user().fullName());
        assertEquals(1, kit.live.resynchronisations());
    }

    @Test
    void a_signal_about_a_deleted_ticket_is_dropped() {
        TicketDetails ticket = kit.aTicketOf(t.customer);
        kit.live.follow(ticket.id());
        t.delete.delete(t.admin, TicketTestKit.ref(ticket));

        kit.relay.relay(new TicketChanged(ticket.id(), TicketField.STATUS, Optional.of("open"),
                Optional.of("closed"), Optional.empty()));

        assertTrue(kit.live.delivered().isEmpty());
        assertEquals(new TicketNumber("TKT-000001"), ticket.number());
    }

    private static List<String> names(List<Participant> people) {
        return people.stream().map(Participant::fullName).toList();
    }
}
