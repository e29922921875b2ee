package io.supportdesk.application.attachment.port.out;

import java.nio.file.Path;

/**
 * Decides what a file is from its bytes (magic numbers, container contents), with its name only to choose between
 * types the bytes allow (a zip that is a .docx). Never from the client's Content-Type.
 */
public interface ContentTypeDetector {

    /** A media type without parameters, {@code application/octet-stream} when nothing is recognised. */
    String detect(Path file, String fileName);
}
