package io.supportdesk.application.notification;

import java.util.Objects;
import java.util.Optional;

/** An address with an optional display name, as in {@code Supportdesk <support@example.com>}. */
public record Mailbox(Optional<String> displayName, EmailAddress address) {

    public Mailbox {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(address, "address");
        displayName = displayName.map(EmailMessage::singleLine).filter(name -> !name.isEmpty());
    }

    public static Mailbox of(EmailAddress address) {
        return new Mailbox(Optional.empty(), address);
    }

    /** Reads {@code support@example.com} or {@code Display Name <support@example.com>}. */
    public static Mailbox parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a sender address is required, such as 'Support <support@example.com>'");
        }
        String trimmed = value.strip();
        int open = trimmed.lastIndexOf('<');
        if (open >= 0 && trimmed.endsWith(">")) {
            String name = trimmed.substring(0, open).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return new Mailbox(Optional.of(name), new EmailAddress(trimmed.substring(open + 1, trimmed.length() - 1)));
        }
        return of(new EmailAddress(trimmed));
    }

    /** Display names go into a header: no line breaks, whatever a configuration file contained. */
    @Override
    public String toString() {
        return displayName.map(name -> name + " <" + address + ">").orElse(address.value());
    }
}
