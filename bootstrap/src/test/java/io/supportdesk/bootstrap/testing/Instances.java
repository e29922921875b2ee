package io.supportdesk.bootstrap.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.adapter.persistence.testing.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/**
 * Whole applications started by a test itself, for tests of several instances on one database (chat fan-out,
 * account changes): the test environment, the test database, one signing key for all of them, and the test's own
 * settings.
 */
public final class Instances {

    private Instances() {
    }

    public static ApplicationContext start(String jwtSecret, Map<String, Object> settings) {
        Map<String, Object> withKey = new HashMap<>(settings);
        withKey.put("micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret);
        return start(withKey);
    }

    /** The test environment on the test database, with these settings over it. */
    public static ApplicationContext start(Map<String, ?> settings) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
    }

    /** Stops those that started; a failed start leaves a null behind. */
    public static void stop(ApplicationContext... contexts) {
        for (ApplicationContext context : contexts) {
            if (context != null) {
                context.close();
            }
        }
    }
}
