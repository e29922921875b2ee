package io.supportdesk.adapter.persistence.testing;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the adapters' context once per test run, on the test database in the "test" environment, and injects each
 * {@link AdapterTest} class from it. JUnit closes it when the run ends (it is kept in the root store).
 */
public final class SharedAdapterContext implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedAdapterContext.class);

    @Override
    public void beforeAll(ExtensionContext extension) {
        Running running = extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, type -> new Running(), Running.class);
        running.context.inject(extension.getRequiredTestInstance());
    }

    /** The shared context; {@link AutoCloseable} so the root store stops it at the end of the run. */
    static final class Running implements AutoCloseable {

        final ApplicationContext context = ApplicationContext.run(TestDatabase.properties(), "test");

        @Override
        public void close() {
            context.close();
        }
    }
}
