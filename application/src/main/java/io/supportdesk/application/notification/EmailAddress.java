package io.supportdesk.application.notification;

/**
 * A mailbox address such as {@code ann@example.com}, as written (not lower-cased: it is sent, not compared). Its
 * shape is the accounts' rule ({@link io.supportdesk.domain.identity.EmailAddress#isWellFormed}), so any address an
 * account could register can be mailed; deliverability is the mail server's to judge.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("email address is required");
        }
        value = value.strip();
        if (!io.supportdesk.domain.identity.EmailAddress.isWellFormed(value)) {
            throw new IllegalArgumentException("not an email address: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
