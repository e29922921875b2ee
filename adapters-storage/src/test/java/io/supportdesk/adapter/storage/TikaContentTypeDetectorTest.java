package io.supportdesk.adapter.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The type comes from the bytes; the name may only narrow it. */
class TikaContentTypeDetectorTest {

    @TempDir
    Path files;

    private final TikaContentTypeDetector detector = new TikaContentTypeDetector();

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(files, "f", ".bin"), bytes);
    }

    @Test
    void a_pdf_and_a_png_are_what_their_bytes_say_whatever_they_are_called() throws IOException {
        Path pdf = file("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path png = file(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertEquals("application/pdf", detector.detect(pdf, "report.txt"));
        assertEquals("image/png", detector.detect(png, "photo.pdf"));
    }

    @Test
    void an_executable_named_pdf_is_an_executable() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        String type = detector.detect(file(exe), "invoice.pdf");
        assertTrue(type.equals("application/x-msdownload") || type.equals("application/x-dosexec"), type);
    }

    @Test
    void text_is_text_and_its_name_may_say_which_text() throws IOException {
        Path csv = file("id,name\n1,Ada\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("text/csv", detector.detect(csv, "people.csv"));
        assertEquals("text/plain", detector.detect(csv, "people"));
    }

    @Test
    void a_zip_named_docx_with_word_parts_is_a_word_document() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                detector.detect(file(bytes.toByteArray()), "letter.docx"));
    }
}
