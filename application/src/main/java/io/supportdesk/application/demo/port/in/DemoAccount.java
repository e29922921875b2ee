package io.supportdesk.application.demo.port.in;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;

import java.util.Objects;

/** A seeded account and the password it was given, which exists nowhere else once it has been shown. */
public record DemoAccount(Role role, FullName fullName, EmailAddress email, String password) {

    public DemoAccount {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    /** Without the password: a record printed by accident must not leak it. */
    @Override
    public String toString() {
        return "DemoAccount[" + role.code() + ", " + email.value() + "]";
    }
}
