package io.supportdesk.bootstrap;

import io.micronaut.context.env.PropertySource;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.info.InfoSource;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;

/** {@code GET /info}: which build runs. */
@Singleton
final class VersionInfoSource implements InfoSource {

    @Override
    public Publisher<PropertySource> getSource() {
        return Publishers.just(PropertySource.of("supportdesk-version",
                Map.of("app", Map.of("name", "Supportdesk", "version", Version.current()))));
    }
}
