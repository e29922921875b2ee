package io.supportdesk.domain.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a report breaks its figures down by: a column of the ticket, each of whose values gets its own rows. */
public enum ReportGrouping {
    CATEGORY,
    PRIORITY,
    TEAM,
    CHANNEL;

    /** The volume report breaks down by any of them. */
    public static final Set<ReportGrouping> VOLUME = EnumSet.allOf(ReportGrouping.class);
    /** SLA targets are set per priority and category and worked per team; the channel has no SLA of its own. */
    public static final Set<ReportGrouping> SLA = EnumSet.of(PRIORITY, CATEGORY, TEAM);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping named {@code code}, which must be one of {@code allowed}. */
    public static ReportGrouping fromCode(String code, Set<ReportGrouping> allowed) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().equals(normalised) && allowed.contains(g)).findFirst()
                .orElseThrow(() -> new ReportRuleViolation("group_by", "unknown grouping '" + code + "'; allowed: "
                        + allowed.stream().map(ReportGrouping::code).collect(Collectors.joining(", "))));
    }
}
