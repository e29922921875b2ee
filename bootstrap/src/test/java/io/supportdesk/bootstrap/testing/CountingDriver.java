package io.supportdesk.bootstrap.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:counting:postgresql://…} that hands out PostgreSQL's connections and counts what the
 * application asks of them — statements executed and transactions ended — for the request budget tests. It sits
 * under the pool, so the application, its transaction management and the pool are exactly as in production.
 * Work on the scheduler's threads and the chat listener's is left out (a housekeeping job or a LISTEN reconnect may
 * happen at any time; a request never runs there).
 */
public final class CountingDriver implements Driver {

    public static final String PREFIX = "jdbc:counting:";

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    private static final List<String> STATEMENTS = new ArrayList<>();
    private static final CountDownLatch LISTENING = new CountDownLatch(1);
    private static int transactions;

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What one piece of work cost. */
    public record Counts(int transactions, List<String> statements) {
        @Override
        public String toString() {
            return transactions + " transaction(s), " + statements.size() + " statement(s): " + statements;
        }
    }

    /** Runs the work and returns what it asked of the database; the work must be all that uses it meanwhile. */
    public static Counts measure(Runnable work) {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
            transactions = 0;
        }
        work.run();
        synchronized (STATEMENTS) {
            return new Counts(transactions, List.copyOf(STATEMENTS));
        }
    }

    /**
     * Waits until the application listens for account changes. Until then a request may be followed by the
     * listener's "forget every caller" (changes before it listened were not heard), which would make the next
     * request read its caller's account again and count one statement more.
     */
    public static void awaitListening(Duration bound) throws InterruptedException {
        if (!LISTENING.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the application did not start listening within " + bound);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection target = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return connection(target);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            String name = method.getName();
            if ((name.equals("commit") || name.equals("rollback")) && (args == null || args.length == 0)
                    && counted()) {
                synchronized (STATEMENTS) {
                    transactions++;
                }
            }
            Object result = invoke(method, target, args);
            if (result instanceof CallableStatement callable) {
                return statement(CallableStatement.class, callable, target, String.valueOf(args[0]));
            }
            if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, target, String.valueOf(args[0]));
            }
            if (result instanceof Statement plain) {
                return statement(Statement.class, plain, target, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target, Connection connection,
                                                     String prepared) {
        return proxy(type, target, (method, args) -> {
            if (EXECUTE.contains(method.getName()) && args != null && args.length > 0
                    && String.valueOf(args[0]).startsWith("LISTEN supportdesk_accounts")) {
                Object result = invoke(method, target, args);
                LISTENING.countDown();
                return result;
            }
            if (EXECUTE.contains(method.getName()) && counted()) {
                String sql = prepared != null ? prepared
                        : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
                boolean autoCommit = connection.getAutoCommit();
                synchronized (STATEMENTS) {
                    STATEMENTS.add(sql.strip().replaceAll("\\s+", " "));
                    if (autoCommit) {
                        transactions++; // outside a transaction every statement is one
                    }
                }
            }
            return invoke(method, target, args);
        });
    }

    private static boolean counted() {
        String thread = Thread.currentThread().getName();
        return !thread.startsWith("scheduled-executor") && !thread.equals("chat-listener");
    }

    private interface Call {
        Object apply(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.apply(method, args);
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
