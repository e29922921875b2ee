package io.supportdesk.adapter.persistence.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's parameters in the order their {@code ?} appear: the SQL is assembled from fragments (scope, grouping),
 * each adding its own parameters as it is written, so the binding cannot drift from the text.
 */
final class ReportStatement {

    private final List<Object> parameters = new ArrayList<>();

    /** Adds a parameter and returns its placeholder, to be written where it is used. */
    String parameter(Object value) {
        parameters.add(value);
        return "?";
    }

    /**
     * An instant written into the statement as a constant, never bound: the planner then sees every period end and
     * "now" as a value, and estimates how few rows they select, on every execution (a bound one is planned
     * generically once the driver prepares the statement on the server). Only ever an {@link Instant}'s own ISO form
     * (digits, {@code -:.TZ}), so nothing can be injected.
     */
    static String constant(Instant value) {
        return "'" + value + "'::timestamptz";
    }

    /** A {@code timestamptz[]} (bound as text, which PostgreSQL parses exactly). */
    String instants(List<Instant> values) {
        return parameter(new TextArray(values.stream().map(Instant::toString).toArray(String[]::new)))
                + "::text[]::timestamptz[]";
    }

    String texts(List<String> values) {
        return parameter(new TextArray(values.toArray(String[]::new))) + "::text[]";
    }

    void bind(PreparedStatement statement) throws SQLException {
        Connection connection = statement.getConnection();
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof TextArray array) {
                statement.setArray(i + 1, connection.createArrayOf("text", array.values()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private record TextArray(String[] values) {
    }
}
