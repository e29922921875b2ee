package io.supportdesk.adapter.rest.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.report.ReportRuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The reports' query parameters: each bad one is a 400 naming it (never a 500), before any figure is read. */
final class ReportParameters {

    private ReportParameters() {
    }

    static ZoneId zone(String tz) {
        return QueryParameters.optional("tz", tz, text -> {
            try {
                return ZoneId.of(text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin or UTC");
            }
        }).orElse(ZoneId.of("UTC"));
    }

    /** The days from {@code from} to {@code to} (ISO dates, both included), by default the last 30 up to today. */
    static ReportPeriod period(String from, String to, ZoneId zone, Clock clock) {
        LocalDate start = QueryParameters.optional("from", from, ReportParameters::date).orElse(null);
        LocalDate end = QueryParameters.optional("to", to, ReportParameters::date).orElse(null);
        try {
            return ReportPeriod.of(start, end, zone, clock);
        } catch (ReportRuleViolation e) {
            throw InvalidRequestException.badParameter(e.parameter(), e.getMessage());
        }
    }

    static ReportInterval interval(String interval, ReportPeriod period) {
        ReportInterval parsed = QueryParameters.optional("interval", interval, ReportInterval::fromCode)
                .orElse(ReportInterval.DAY);
        try {
            // Cut here, so a period of too many rows is refused before the database is asked.
            period.buckets(parsed);
        } catch (ReportRuleViolation e) {
            throw InvalidRequestException.badParameter(e.parameter(), e.getMessage());
        }
        return parsed;
    }

    static Optional<ReportGrouping> grouping(String groupBy, Set<ReportGrouping> allowed) {
        return QueryParameters.optional("group_by", groupBy, code -> ReportGrouping.fromCode(code, allowed));
    }

    /** CSV when {@code format=csv}, or when no format is named and the client accepts text/csv but not JSON first. */
    static boolean csv(String format, HttpRequest<?> request) {
        if (format != null && !format.isBlank()) {
            return QueryParameters.parse("format", format, text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException("must be json or csv");
            });
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int csv = lower.indexOf("text/csv");
        int json = lower.indexOf("application/json");
        return csv >= 0 && (json < 0 || csv < json);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a date such as 2026-11-05");
        }
    }
}
