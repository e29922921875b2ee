package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.port.out.RateCounters;

class InMemoryRateCountersTest extends RateCountersContract {

    private final InMemoryRateCounters counters = new InMemoryRateCounters();

    @Override
    protected RateCounters counters() {
        return counters;
    }
}
