package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.report.ReportPeriod;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each agent did over a period, one row per agent, by name. {@code assigned}: times a ticket was assigned to
 * them; {@code resolved}: tickets they set to resolved; {@code reopenedAfterResolution}: reopenings of a ticket whose
 * latest resolution before was theirs; {@code medianFirstResponse}: over the tickets now assigned to them that got
 * their first public staff reply in the period; {@code medianResolution}: creation to their resolution, over their
 * resolutions; {@code slaMet}/{@code slaBreached}: the SLA clocks (first response and resolution) of the tickets they
 * resolved, as those clocks stand; {@code openLoad}: the open tickets assigned to them now; comments: what they wrote
 * in the period, public and internal.
 */
public record AgentReport(ReportPeriod period, List<Row> rows) {

    public AgentReport {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }

    public record Row(long agentId, String name, String email, String role, long assigned, long resolved,
                      long reopenedAfterResolution, Optional<Duration> medianFirstResponse,
                      Optional<Duration> medianResolution, long slaMet, long slaBreached, long openLoad,
                      long publicComments, long internalComments) {

        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(medianFirstResponse, "medianFirstResponse");
            Objects.requireNonNull(medianResolution, "medianResolution");
        }
    }
}
