package io.supportdesk.adapter.persistence.embedded;

import java.nio.file.Path;

/** Another live Supportdesk serves the embedded database of this data directory; starting a second would harm it. */
public final class DataDirectoryInUseException extends RuntimeException {

    DataDirectoryInUseException(Path dataDirectory, String holder) {
        super("another Supportdesk (" + holder + ") is using " + dataDirectory
                + "; stop it first, or start this one with another SUPPORTDESK_DATA_DIR");
    }
}
