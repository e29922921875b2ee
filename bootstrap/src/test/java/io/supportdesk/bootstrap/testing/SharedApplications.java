package io.supportdesk.bootstrap.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Starts the application for {@link SystemTest} classes and shares it between classes of the same configuration.
 *
 * <p>Micronaut Test's {@code @MicronautTest} builds and stops one application per test class, whatever its
 * properties; here the configuration is the key instead. The standard configuration — the test environment alone,
 * for classes without properties of their own — is started once and stopped when the test run ends. A class with
 * properties of its own reuses the application of the class before it when their properties are equal; otherwise
 * that application is stopped first, so that a context with test-only settings (a clock the tests move, a window
 * the tests shorten) never runs its scheduled jobs in the background of other classes, and at most two
 * applications hold database connections at a time.
 */
public final class SharedApplications implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApplications.class);

    @Override
    public void beforeAll(ExtensionContext extension) {
        Object test = extension.getRequiredTestInstance();
        Map<String, String> own = test instanceof TestPropertyProvider provider
                ? new TreeMap<>(provider.getProperties()) : Map.of();
        Running running = extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, type -> new Running(), Running.class);
        running.contextFor(own).inject(test);
    }

    /** The applications of this test run; JUnit closes it (and so them) when the run ends. */
    static final class Running implements AutoCloseable {

        private ApplicationContext standard;
        private Map<String, String> ownKey;
        private ApplicationContext own;

        synchronized ApplicationContext contextFor(Map<String, String> properties) {
            if (properties.isEmpty()) {
                closeOwn();
                if (standard == null) {
                    standard = Instances.start(properties);
                }
                return standard;
            }
            if (!Objects.equals(ownKey, properties)) {
                closeOwn();
            }
            if (own == null) {
                own = Instances.start(properties);
                ownKey = properties;
            }
            return own;
        }

        private void closeOwn() {
            if (own != null) {
                own.close();
                own = null;
                ownKey = null;
            }
        }

        @Override
        public synchronized void close() {
            closeOwn();
            if (standard != null) {
                standard.close();
            }
        }
    }
}
