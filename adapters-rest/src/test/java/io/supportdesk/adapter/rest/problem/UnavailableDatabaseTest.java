package io.supportdesk.adapter.rest.problem;

import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnavailableDatabaseTest {

    @Test
    void a_full_disk_under_the_cluster_is_the_database_unable_to_serve_now() {
        // What PostgreSQL answered on a full data directory (faults/disk_full.py), wrapped as the data layer wraps it.
        SQLException full = new SQLException(
                "ERROR: could not extend file \"base/13695/16646\": No space left on device", "53100");
        RuntimeException wrapped = new RuntimeException("Error executing PERSIST: " + full.getMessage(), full);

        assertEquals(full, UnavailableDatabase.in(wrapped).orElseThrow());
        assertTrue(UnavailableDatabase.describe(full).startsWith("SQLSTATE 53100, "));
    }

    @Test
    void a_read_or_a_login_cut_off_by_the_drivers_bounds_is_the_database_unable_to_serve_now() {
        // What pgjdbc throws when its socketTimeout or loginTimeout ends a wait on a silent network
        // (BlackholedDatabaseTest): a connection failure, class 08, with the socket's timeout as the cause.
        SQLException read = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketTimeoutException("Read timed out"));
        SQLException login = new SQLException("Connection attempt timed out.", "08001");

        assertEquals(read, UnavailableDatabase.in(new RuntimeException("Error executing SQL", read)).orElseThrow());
        assertEquals(login, UnavailableDatabase.in(login).orElseThrow());
    }

    @Test
    void other_resource_limits_of_class_53_stay_server_errors() {
        // 53400 (a configured limit exceeded) is not cured by waiting; only the states named are.
        assertTrue(UnavailableDatabase.in(new SQLException("configuration limit exceeded", "53400")).isEmpty());
    }
}
