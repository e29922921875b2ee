package io.supportdesk.adapter.persistence.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Where a backup is read from or restored into: a JDBC URL and, unless the URL carries them, the credentials. */
public record DatabaseLogin(String jdbcUrl, String username, String password) {

    public DatabaseLogin {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "DatabaseLogin[" + jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + ", " + username + "]";
    }
}
