package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.application.ticket.port.in.ImportTicketsCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketCsvReaderTest {

    private static List<ImportTicketsCommand.Row> read(String csv, long maxBytes, int maxRows) {
        return TicketCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), maxBytes, maxRows);
    }

    private static List<ImportTicketsCommand.Row> read(String csv) {
        return read(csv, 1_000_000, 100);
    }

    private static TicketCsvReader.Refused refused(String csv) {
        return assertThrows(TicketCsvReader.Refused.class, () -> read(csv));
    }

    @Test
    void rows_carry_the_line_they_start_on_across_quoted_line_breaks_and_blank_lines() {
        String csv = "Title,description,category,requester_email\r\n"
                + "One,\"first\r\nsecond\",general,a@example.test\r\n"
                + "\r\n"
                + "Two,plain,general,a@example.test\n"
                + "Three,\"x\ny\nz\",general,a@example.test\r\n"
                + "Four,last,general,a@example.test";

        List<ImportTicketsCommand.Row> rows = read(csv);

        assertEquals(List.of(2, 5, 6, 9), rows.stream().map(ImportTicketsCommand.Row::line).toList());
        assertEquals("first\r\nsecond", rows.get(0).cell("description"));
        assertEquals("Four", rows.get(3).cell("title"));
    }

    @Test
    void columns_come_in_any_order_and_cells_the_export_neutralised_are_read_back() {
        List<ImportTicketsCommand.Row> rows = read("\uFEFFrequester_email,category,title,description,tags\r\n"
                + "a@example.test,general,'=1+2,\"a, b\",'-vip;x\r\n");

        assertEquals(Map.of("requester_email", "a@example.test", "category", "general", "title", "=1+2",
                "description", "a, b", "tags", "-vip;x"), rows.getFirst().cells());
    }

    @Test
    void unknown_columns_are_one_problem_naming_them_all() {
        TicketCsvReader.Refused refused = refused("title,description,category,requester_email,colour,size\r\n");
        assertEquals("UNKNOWN_COLUMNS", refused.code);
        assertTrue(refused.getMessage().contains("colour, size"), refused.getMessage());
    }

    @Test
    void missing_required_columns_and_an_empty_file_are_refused() {
        assertEquals("MISSING_COLUMNS", refused("title,description\r\n").code);
        assertEquals("MISSING_COLUMNS", refused("").code);
    }

    @Test
    void a_row_with_more_cells_than_columns_and_broken_quoting_are_malformed() {
        assertEquals("MALFORMED_CSV",
                refused("title,description,category,requester_email\r\na,b,c,d,e\r\n").code);
        assertEquals("MALFORMED_CSV",
                refused("title,description,category,requester_email\r\n\"a,b,c,d\r\n").code);
    }

    @Test
    void more_rows_than_allowed_is_422_and_more_bytes_than_allowed_is_413() {
        String csv = "title,description,category,requester_email\r\na,b,c,d\r\na,b,c,d\r\n";
        TicketCsvReader.Refused rows = assertThrows(TicketCsvReader.Refused.class, () -> read(csv, 1000, 1));
        assertEquals(422, rows.status.getCode());
        assertEquals("TOO_MANY_ROWS", rows.code);
        TicketCsvReader.Refused bytes = assertThrows(TicketCsvReader.Refused.class, () -> read(csv, 20, 100));
        assertEquals(413, bytes.status.getCode());
    }

    @Test
    void invalid_utf8_is_refused() {
        byte[] latin1 = "title,description,category,requester_email\r\nCaf\u00e9,b,c,d\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        TicketCsvReader.Refused refused = assertThrows(TicketCsvReader.Refused.class,
                () -> TicketCsvReader.read(new ByteArrayInputStream(latin1), 1000, 10));
        assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
    }
}
