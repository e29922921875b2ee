package io.supportdesk.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, from {@code META-INF/supportdesk/version.properties}, which the build writes: the jar,
 * the container image (whose classes are not in a jar, so there is no manifest to read) and a run from the build's
 * classes all know it; {@code development} when the file is missing (an IDE that skipped resource filtering).
 */
final class Version {

    private static final String CURRENT = read();

    private Version() {
    }

    /** Read once: the file cannot change while the process runs, and /info asks on every request. */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream file = Version.class.getResourceAsStream("/META-INF/supportdesk/version.properties")) {
            if (file == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(file);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version", e);
        }
    }
}
