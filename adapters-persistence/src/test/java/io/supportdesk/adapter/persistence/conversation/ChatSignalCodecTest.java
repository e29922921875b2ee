package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketField;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChatSignalCodecTest {

    private static final TicketId TICKET = new TicketId(12);
    private static final UserId USER = new UserId(7);

    @Test
    void every_signal_survives_the_trip_through_a_payload() {
        for (ChatSignal signal : List.of(new MessagePosted(TICKET, new CommentId(345)),
                new TicketChanged(TICKET, TicketField.STATUS, Optional.of("open"), Optional.of("in_progress"),
                        Optional.of(USER)),
                new TicketChanged(TICKET, TicketField.ASSIGNEE, Optional.empty(), Optional.of("9"), Optional.empty()),
                new Typing(TICKET, USER, true, false), new Typing(TICKET, USER, false, true),
                new PresenceChanged(TICKET, USER, true), new PresenceChanged(TICKET, USER, false))) {
            assertEquals(Optional.of(signal), ChatSignalCodec.decode(ChatSignalCodec.encode(signal)));
        }
        assertEquals("message 12 345", ChatSignalCodec.encode(new MessagePosted(TICKET, new CommentId(345))));
    }

    @Test
    void payloads_this_version_does_not_understand_are_ignored_rather_than_failing() {
        for (String payload : new String[] {"", "message", "message 12", "message x 1", "message -1 1",
                "reaction 12 345", "typing 12 7 maybe 0", "ticket 12 colour - - -", null}) {
            assertEquals(Optional.empty(), ChatSignalCodec.decode(payload), String.valueOf(payload));
        }
    }

    @Test
    void a_gap_is_never_sent() {
        assertThrows(IllegalArgumentException.class, () -> ChatSignalCodec.encode(new ChatSignal.Gap()));
    }
}
