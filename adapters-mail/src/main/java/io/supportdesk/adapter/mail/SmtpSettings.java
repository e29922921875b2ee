package io.supportdesk.adapter.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The SMTP server to send through, from {@code supportdesk.mail.smtp.*} (in the shipped configuration:
 * {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_SECURITY}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}).
 *
 * @param port     empty or absent for the security mode's usual port
 * @param username empty for a server that needs no authentication
 * @param timeout  for connecting, reading and writing each; the dispatcher's lease must cover a batch of these
 * @param sslTrust hosts whose certificate is trusted without validation ({@code *} for all) — for test servers with
 *                 self-signed certificates only
 */
@ConfigurationProperties(SmtpSettings.PREFIX)
public record SmtpSettings(@Nullable String host,
                           @Nullable Integer port,
                           @Bindable(defaultValue = "starttls") SmtpSecurity security,
                           @Nullable String username,
                           @Nullable String password,
                           @Bindable(defaultValue = "10s") Duration timeout,
                           @Nullable String sslTrust) {

    public static final String PREFIX = "supportdesk.mail.smtp";
    public static final String HOST = PREFIX + ".host";

    public int effectivePort() {
        return port == null || port <= 0 ? security.defaultPort() : port;
    }

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
