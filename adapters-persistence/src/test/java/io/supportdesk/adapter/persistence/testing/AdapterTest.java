package io.supportdesk.adapter.persistence.testing;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of persistence adapters against the test database ({@link TestDatabase}). Its {@code @Inject} fields are
 * filled from one Micronaut context that every adapter test of the run shares ({@link SharedAdapterContext}): they
 * all have the same configuration, so starting one per class (as {@code @MicronautTest} does) only costs time.
 * Nothing rolls back, so a test writes and asserts on rows of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedAdapterContext.class)
public @interface AdapterTest {
}
