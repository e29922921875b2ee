package io.supportdesk.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the person who just started the service which version runs, where to go first and where its data lives. */
@Singleton
final class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final String version;
    private final String dataDirectory;
    private final String embeddedDatabase;

    StartupBanner(@Value("${supportdesk.data-directory:}") String dataDirectory,
                  @Value("${supportdesk.embedded-database:}") String embeddedDatabase) {
        this.version = Version.current();
        this.dataDirectory = dataDirectory;
        this.embeddedDatabase = embeddedDatabase;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("Supportdesk {} is up at {} (API docs {}/docs, live chat {}/chat, health {}/health, API {}/api/v1)",
                version, url, url, url, url, url);
        if (!dataDirectory.isBlank()) {
            LOG.info("Data directory {}{}", dataDirectory,
                    embeddedDatabase.isBlank() ? "" : "; embedded PostgreSQL listens on " + embeddedDatabase);
        }
    }
}
