package io.supportdesk.adapter.persistence.ratelimit;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.ratelimit.RateCountersContract;
import io.supportdesk.application.ratelimit.port.out.RateCounters;
import jakarta.inject.Inject;


/** The rate-counters contract against real PostgreSQL. */
@AdapterTest
class JdbcRateCountersTest extends RateCountersContract {

    @Inject
    JdbcRateCounters counters;


    @Override
    protected RateCounters counters() {
        return counters;
    }
}
