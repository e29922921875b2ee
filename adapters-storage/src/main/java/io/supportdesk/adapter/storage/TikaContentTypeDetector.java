package io.supportdesk.adapter.storage;

import io.supportdesk.application.attachment.port.out.ContentTypeDetector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Apache Tika's detector: magic numbers first; the file name only picks a more specific type the bytes allow (a
 * zip named {@code .docx} is a Word document, an executable named {@code .pdf} stays an executable). Reads only the
 * head of the file.
 */
public final class TikaContentTypeDetector implements ContentTypeDetector {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Override
    public String detect(Path file, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream content = TikaInputStream.get(file)) {
            MediaType type = detector.detect(content, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to tell its type", e);
        }
    }
}
