package io.supportdesk.application.identity.port.in;

import java.util.Objects;

/**
 * @param email         as typed; it need not be a valid address (then it matches no account)
 * @param clientAddress where the attempt comes from, for the per-address limit
 */
public record LogInCommand(String email, String password, String clientAddress) {

    public LogInCommand {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "LogInCommand[" + email + " from " + clientAddress + "]";
    }
}
