package io.supportdesk.application.report.port.in;

import java.util.Objects;

/**
 * One value a report breaks down by: a stable {@code code} to filter and join on (a priority or category code, a
 * team's id, a channel; {@code none} for tickets in no team) and the {@code name} to show.
 */
public record ReportGroup(String code, String name) {

    public static final String NONE = "none";

    /** The group of the tickets in no team. */
    public static final ReportGroup NO_TEAM = new ReportGroup(NONE, "No team");

    public ReportGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
