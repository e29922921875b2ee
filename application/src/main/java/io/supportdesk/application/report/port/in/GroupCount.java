package io.supportdesk.application.report.port.in;

import java.util.Objects;

/** A count for one value of a breakdown: its code (a team's id, {@code none} for no team) and what people call it. */
public record GroupCount(ReportGroup group, long count) {

    public GroupCount {
        Objects.requireNonNull(group, "group");
    }
}
