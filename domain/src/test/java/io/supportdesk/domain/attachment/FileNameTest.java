package io.supportdesk.domain.attachment;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNameTest {

    @Test
    void directories_of_any_system_are_dropped() {
        assertEquals("passwd", FileName.of("../../etc/passwd").value());
        assertEquals("boot.ini", FileName.of("C:\\Windows\\..\\boot.ini").value());
    }

    @Test
    void control_bidi_and_reserved_characters_are_dropped_and_leading_dots_too() {
        assertEquals("invoicefdp.exe", FileName.of("invoice\u202Efdp.exe").value());
        assertEquals("ab.txt", FileName.of("a\u0000\nb.txt").value());
        assertEquals("report.pdf", FileName.of("re\"po<r>t|*?.pdf").value().replace(":", ""));
        assertEquals("htaccess", FileName.of("..htaccess").value());
    }

    @Test
    void nothing_left_is_called_attachment() {
        assertEquals("attachment", FileName.of("").value());
        assertEquals("attachment", FileName.of(null).value());
        assertEquals("attachment", FileName.of("../..").value());
    }

    @Test
    void a_long_name_is_shortened_keeping_its_extension() {
        FileName name = FileName.of("ä".repeat(500) + ".pdf");
        assertEquals(FileName.MAX_LENGTH, name.value().codePointCount(0, name.value().length()));
        assertTrue(name.value().endsWith(".pdf"));
        assertEquals(Optional.of("pdf"), name.extension());
    }

    @Test
    void an_unsanitised_value_is_not_a_file_name() {
        assertThrows(IllegalArgumentException.class, () -> new FileName("a/b"));
        assertEquals("Ünïcødé 名前.txt", new FileName("Ünïcødé 名前.txt").value());
    }
}
