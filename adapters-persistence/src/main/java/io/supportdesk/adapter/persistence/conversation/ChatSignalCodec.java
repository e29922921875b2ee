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

import java.util.Locale;
import java.util.Optional;

/**
 * The NOTIFY payload of a {@link ChatSignal}: space-separated ids and codes, far below PostgreSQL's 8000-byte limit,
 * e.g. {@code message 12 345} or {@code ticket 12 status open in_progress 7} ({@code -} for "none").
 */
final class ChatSignalCodec {

    /** The one channel every instance listens on. */
    static final String CHANNEL = "supportdesk_chat";
    private static final String NONE = "-";

    private ChatSignalCodec() {
    }

    static String encode(ChatSignal signal) {
        return switch (signal) {
            case MessagePosted m -> "message " + m.ticket().value() + " " + m.comment().value();
            case TicketChanged t -> String.join(" ", "ticket", String.valueOf(t.ticket().value()),
                    t.field().name().toLowerCase(Locale.ROOT), t.from().orElse(NONE), t.to().orElse(NONE),
                    t.by().map(u -> String.valueOf(u.value())).orElse(NONE));
            case Typing t -> "typing " + t.ticket().value() + " " + t.user().value() + " " + flag(t.typing()) + " "
                    + flag(t.internal());
            case PresenceChanged p -> "presence " + p.ticket().value() + " " + p.user().value() + " "
                    + flag(p.present());
            case ChatSignal.Gap gap -> throw new IllegalArgumentException("a gap is noticed, never announced");
        };
    }

    /** Empty for a payload this version does not understand (a newer instance during a rolling upgrade). */
    static Optional<ChatSignal> decode(String payload) {
        String[] p = payload == null ? new String[0] : payload.strip().split(" ");
        try {
            return Optional.ofNullable(switch (p.length == 0 ? "" : p[0]) {
                case "message" -> p.length == 3 ? new MessagePosted(ticket(p[1]), new CommentId(Long.parseLong(p[2])))
                        : null;
                case "ticket" -> p.length == 6 ? new TicketChanged(ticket(p[1]),
                        TicketField.valueOf(p[2].toUpperCase(Locale.ROOT)), optional(p[3]), optional(p[4]),
                        optional(p[5]).map(ChatSignalCodec::user)) : null;
                case "typing" -> p.length == 5 ? new Typing(ticket(p[1]), user(p[2]), flag(p[3]), flag(p[4])) : null;
                case "presence" -> p.length == 4 ? new PresenceChanged(ticket(p[1]), user(p[2]), flag(p[3])) : null;
                default -> null;
            });
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static TicketId ticket(String text) {
        return new TicketId(Long.parseLong(text));
    }

    private static UserId user(String text) {
        return new UserId(Long.parseLong(text));
    }

    private static Optional<String> optional(String text) {
        return NONE.equals(text) ? Optional.empty() : Optional.of(text);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static boolean flag(String text) {
        return switch (text) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not a flag: " + text);
        };
    }
}
