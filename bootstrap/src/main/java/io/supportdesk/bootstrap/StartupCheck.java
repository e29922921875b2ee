package io.supportdesk.bootstrap;

import io.supportdesk.adapter.rest.http.TrustedProxies;
import io.supportdesk.adapter.rest.identity.JwtSigningSecret;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be known to fail before the database starts: values of the wrong shape, a signing secret too short, a
 * port someone else listens on. Finding them first means a failed start never migrates a database or prints an
 * admin password for an instance that will not serve.
 */
final class StartupCheck {

    private StartupCheck() {
    }

    /** Every problem found, each a sentence naming the variable to fix; empty when the start may go on. */
    static List<String> problems(Map<String, String> env, ConfigurationVariables variables) {
        List<String> problems = new ArrayList<>(variables.problemsIn(env));
        String secret = env.get("JWT_SECRET");
        if (secret != null && !secret.isBlank()) {
            try {
                JwtSigningSecret.checked(secret, "JWT_SECRET");
            } catch (IllegalStateException tooShort) {
                problems.add(tooShort.getMessage());
            }
        }
        String logFormat = env.get("LOG_FORMAT");
        if (logFormat != null && !logFormat.isBlank() && !List.of("text", "json").contains(logFormat)) {
            // logback.xml picks its appender by this name: any other would silently write no log at all.
            problems.add("LOG_FORMAT=" + logFormat + " is neither text nor json");
        }
        try {
            TrustedProxies.parse(env.get("TRUSTED_PROXIES"));
        } catch (IllegalArgumentException notAnAddress) {
            problems.add(notAnAddress.getMessage());
        }
        if (problems.isEmpty()) {
            portProblem(env.getOrDefault("PORT", "8080").strip()).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<String> portProblem(String port) {
        int number = Integer.parseInt(port);
        if (number == -1 || number == 0) {
            return Optional.empty(); // a random free port: nothing to check
        }
        if (number < 1 || number > 65_535) {
            return Optional.of("PORT=" + port + " is not a TCP port (1 to 65535)");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(number));
            return Optional.empty();
        } catch (IOException inUse) {
            return Optional.of("port " + number + " is in use (another program, or another Supportdesk, "
                    + "listens there); stop it or set PORT to a free port");
        }
    }
}
