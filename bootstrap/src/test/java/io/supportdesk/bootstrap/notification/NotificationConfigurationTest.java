package io.supportdesk.bootstrap.notification;

import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.mail.LogMailer;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.TemplateContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The shipped application.yml's notification defaults, as the zero-setup run sees them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationConfigurationTest implements TestPropertyProvider {

    @Inject
    TemplateContext templates;
    @Inject
    Mailer mailer;
    @Inject
    Environment environment;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.stringProperties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "notification-test-secret-0123456789-abcdefghijklmnop");
        properties.put("supportdesk.outbox.dispatcher.enabled", "false");
        properties.put("supportdesk.digest.enabled", "false");
        return properties;
    }

    @Test
    void without_smtp_settings_mail_is_logged_links_point_to_localhost_and_times_are_utc() {
        assertInstanceOf(LogMailer.class, mailer);
        assertEquals("http://localhost:8080", templates.publicBaseUrl().toString());
        assertEquals("UTC", templates.zone().getId());
        assertEquals("Supportdesk <supportdesk@localhost>",
                Mailbox.parse(environment.getProperty("supportdesk.mail.from", String.class).orElseThrow()).toString());
        assertEquals(LocalTime.of(8, 0),
                LocalTime.parse(environment.getProperty("supportdesk.digest.time", String.class).orElseThrow()));
        assertEquals("starttls", environment.getProperty("supportdesk.mail.smtp.security", String.class).orElseThrow());
    }
}
