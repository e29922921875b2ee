-- Requests per caller, budget and fixed window, counted by every instance together (ConsumeRateLimitService).
-- UNLOGGED: a crash may lose the counts of the current minute, which costs nothing worth a WAL write per request.
CREATE UNLOGGED TABLE rate_counters (
    counter_key  TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         BIGINT      NOT NULL,
    PRIMARY KEY (counter_key, window_start)
);

CREATE INDEX rate_counters_window ON rate_counters (window_start);
