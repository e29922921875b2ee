package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesCommand;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationPreferencesTest {

    private final InMemoryNotificationPreferencesStore store = new InMemoryNotificationPreferencesStore();
    private final UpdateNotificationPreferencesService update =
            new UpdateNotificationPreferencesService(store, new DirectUnitOfWork());
    private final ViewNotificationPreferencesService view = new ViewNotificationPreferencesService(store);
    private final Actor agent = new Actor(new UserId(7), Role.AGENT);

    @Test
    void everyone_gets_every_optional_email_until_they_choose_otherwise() {
        assertEquals(NotificationPreferences.all(), view.view(agent));
    }

    @Test
    void opting_out_of_one_email_keeps_the_other() {
        NotificationPreferences changed = update.update(new UpdateNotificationPreferencesCommand(agent,
                Optional.empty(), Optional.of(false)));

        assertEquals(new NotificationPreferences(true, false), changed);
        assertEquals(changed, view.view(agent));
        assertEquals(changed, update.update(new UpdateNotificationPreferencesCommand(agent, Optional.empty(),
                Optional.empty())));
        assertEquals(1, store.writes());
    }
}
