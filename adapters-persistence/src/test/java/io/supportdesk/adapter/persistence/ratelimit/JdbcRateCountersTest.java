package io.supportdesk.adapter.persistence.ratelimit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.ratelimit.RateCountersContract;
import io.supportdesk.application.ratelimit.port.out.RateCounters;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The rate-counters contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRateCountersTest extends RateCountersContract implements TestPropertyProvider {

    @Inject
    JdbcRateCounters counters;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected RateCounters counters() {
        return counters;
    }
}
