package io.supportdesk.adapter.persistence.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * COPY's text format writes values as the session shows them. Backup and restore set the same display settings, for
 * their transaction only, so that what one writes the other reads back as the same value whatever the server's or
 * the database's defaults (the settings pg_dump uses too).
 */
final class CopySession {

    private CopySession() {
    }

    static void fixTextForms(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL datestyle = 'ISO, YMD'");
            statement.execute("SET LOCAL intervalstyle = 'postgres'");
            statement.execute("SET LOCAL timezone = 'UTC'");
            statement.execute("SET LOCAL extra_float_digits = 3");
            statement.execute("SET LOCAL bytea_output = 'hex'");
        }
    }
}
