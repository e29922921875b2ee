package io.supportdesk.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the person who just started the service where it listens and where its data lives. */
@Singleton
final class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final String dataDirectory;

    StartupBanner(@Value("${supportdesk.data-directory:}") String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("Supportdesk is up: open {}/health (API under {}/api/v1){}", url, url,
                dataDirectory.isBlank() ? "" : "; data directory " + dataDirectory);
    }
}
