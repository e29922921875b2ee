package io.supportdesk.bootstrap.testing;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application, running against the test database and driven like a client. Its {@code @Inject}
 * fields are filled from a running application that it shares with every other system test of the same
 * configuration (see {@link SharedApplications}): the test environment (application-test.yml) plus, for a class that
 * implements {@link io.micronaut.test.support.TestPropertyProvider}, its own properties.
 *
 * <p>Because the application outlives the class, HTTP-driven tests change only rows of their own (their own users,
 * tickets, categories) and assert only on those; nothing here rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedApplications.class)
public @interface SystemTest {
}
