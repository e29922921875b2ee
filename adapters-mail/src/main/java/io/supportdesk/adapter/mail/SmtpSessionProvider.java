package io.supportdesk.adapter.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The Jakarta Mail session for {@link SmtpSettings}, replacing micronaut-email-javamail's own (which wants raw
 * {@code javamail.properties.*}) so the configuration stays the few named settings operators know. Timeouts are
 * always set: Jakarta Mail's default is to wait forever, which would hold a dispatcher's lease hostage.
 */
@Singleton
@Requires(condition = SmtpHostConfigured.class)
public final class SmtpSessionProvider implements SessionProvider {

    private final Session session;

    SmtpSessionProvider(SmtpSettings settings) {
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    @Override
    public Session session() {
        return session;
    }

    static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host().strip());
        properties.put("mail.smtp.port", String.valueOf(settings.effectivePort()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        switch (settings.security()) {
            case NONE -> {
            }
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                // Never fall back to plain text when the server does not offer STARTTLS.
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            if (settings.sslTrust() != null && !settings.sslTrust().isBlank()) {
                // An explicit exception for a test server's self-signed certificate, host name included.
                properties.put("mail.smtp.ssl.trust", settings.sslTrust().strip());
                properties.put("mail.smtp.ssl.checkserveridentity", "false");
            } else {
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return properties;
    }

    private static Authenticator authenticator(SmtpSettings settings) {
        if (!settings.authenticates()) {
            return null;
        }
        PasswordAuthentication credentials = new PasswordAuthentication(settings.username(),
                settings.password() == null ? "" : settings.password());
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }
}
