package io.supportdesk.adapter.rest.ticket;

import io.micronaut.http.HttpStatus;
import io.supportdesk.application.ticket.port.in.ImportTicketsCommand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an import file into rows: RFC 4180 CSV in UTF-8 (a leading byte-order mark, as Excel writes, is skipped),
 * a header row naming the columns in any order, blank lines ignored. Each row remembers the line it starts on. A
 * cell the export neutralised ({@code '=1+2}) is read back as it was ({@link SpreadsheetFormulas#restore}). What
 * makes the whole file unusable — too large, too many rows, not CSV, unknown or missing columns — is refused as
 * one problem ({@link Refused}); what is wrong with a row is the use case's to report.
 */
final class TicketCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private TicketCsvReader() {
    }

    /** The whole file is refused, with this status, code and explanation. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;
        final String code;

        Refused(HttpStatus status, String code, String detail) {
            super(detail);
            this.status = status;
            this.code = code;
        }
    }

    static List<ImportTicketsCommand.Row> read(InputStream body, long maxBytes, int maxRows) {
        Reader reader = new InputStreamReader(new Bounded(body, maxBytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (LineTrackingReader lines = new LineTrackingReader(withoutByteOrderMark(reader));
             CSVParser parser = FORMAT.parse(lines)) {
            List<String> columns = columns(parser.getHeaderNames());
            List<ImportTicketsCommand.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "TOO_MANY_ROWS", "The file has more than "
                            + maxRows + " rows, the most one import takes (IMPORT_MAX_ROWS); split it.");
                }
                int line = lines.lineOf(record.getCharacterPosition());
                if (record.size() > columns.size()) {
                    throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "MALFORMED_CSV", "Line " + line + " has "
                            + record.size() + " cells, more than the header's " + columns.size() + " columns.");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    cells.put(columns.get(i), SpreadsheetFormulas.restore(record.get(i)));
                }
                rows.add(new ImportTicketsCommand.Row(line, cells));
            }
            return rows;
        } catch (Bounded.TooLarge e) {
            throw tooLarge(maxBytes);
        } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof Bounded.TooLarge) {
                throw tooLarge(maxBytes);
            }
            if (cause instanceof CharacterCodingException) {
                throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "MALFORMED_CSV",
                        "The file is not valid UTF-8; save it as \"CSV UTF-8\".");
            }
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "MALFORMED_CSV",
                    "The file is not RFC 4180 CSV: " + cause.getMessage());
        }
    }

    static Refused tooLarge(long maxBytes) {
        return new Refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The CSV file is larger than "
                + maxBytes + " bytes, the most an import takes (IMPORT_MAX_FILE_SIZE).");
    }

    /** The header's names, lower case; every one must be known and the required ones present. */
    private static List<String> columns(List<String> header) {
        if (header.isEmpty()) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "MISSING_COLUMNS", "The file is empty: it needs a "
                    + "header row naming its columns, at least " + String.join(", ", required()) + ".");
        }
        List<String> columns = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> unknown = new TreeSet<>(columns);
        ImportTicketsCommand.COLUMNS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_COLUMNS", "Unknown columns: "
                    + String.join(", ", unknown) + ". Allowed: " + String.join(", ", ImportTicketsCommand.COLUMNS)
                    + ".");
        }
        Set<String> missing = new TreeSet<>(ImportTicketsCommand.REQUIRED_COLUMNS);
        columns.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "MISSING_COLUMNS", "Missing columns: "
                    + String.join(", ", missing) + ".");
        }
        return columns;
    }

    private static Set<String> required() {
        return new TreeSet<>(ImportTicketsCommand.REQUIRED_COLUMNS);
    }

    /**
     * Which line a character position is on. The parser reads ahead of the records it hands out, so the reader
     * remembers where lines ended as characters pass and forgets the ends before a record once asked about it
     * (records come in order): what it keeps is bounded by the parser's read-ahead, not by the file.
     */
    static final class LineTrackingReader extends FilterReader {

        /** Where a line ended (the position after its terminator), and whether it had nothing but the terminator. */
        private record LineEnd(long end, boolean blank) {
        }

        private final ArrayDeque<LineEnd> lineEnds = new ArrayDeque<>();
        private long position;
        private long linesBefore;
        private boolean afterCarriageReturn;
        private boolean blank = true;

        LineTrackingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                pass((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                pass(buffer[offset + i]);
            }
            return n;
        }

        private void pass(char c) {
            if (afterCarriageReturn && c != '\n') {
                endLine(position);
            }
            afterCarriageReturn = c == '\r';
            position++;
            if (c == '\n') {
                endLine(position);
            } else if (c != '\r') {
                blank = false;
            }
        }

        private void endLine(long end) {
            lineEnds.add(new LineEnd(end, blank));
            blank = true;
        }

        /**
         * The 1-based line a record starts on, given the position the parser gives for it (no smaller than any
         * asked about before). The parser counts the blank lines it skipped into the record, so they are passed
         * over here too.
         */
        int lineOf(long characterPosition) {
            while (!lineEnds.isEmpty() && (lineEnds.peekFirst().end() <= characterPosition
                    || lineEnds.peekFirst().blank())) {
                lineEnds.removeFirst();
                linesBefore++;
            }
            return (int) (linesBefore + 1);
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Fails once more than {@code max} bytes have been read, whatever the declared length said. */
    private static final class Bounded extends FilterInputStream {

        static final class TooLarge extends IOException {
            TooLarge() {
                super("too large");
            }
        }

        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge();
            }
        }
    }
}
