package io.supportdesk.bootstrap.notification;

import io.micronaut.context.env.Environment;
import io.supportdesk.adapter.mail.LogMailer;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The shipped application.yml's notification defaults, as the zero-setup run sees them. */
@SystemTest
class NotificationConfigurationTest {

    @Inject
    TemplateContext templates;
    @Inject
    Mailer mailer;
    @Inject
    Environment environment;

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
