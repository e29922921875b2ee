package io.supportdesk.adapter.persistence.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.supportdesk.adapter.persistence.backup.SchemaCatalog.SequenceState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's table of contents, {@code manifest.json}: what the backup holds and how to check it. Each table's
 * entry names its columns in the order of its data, its row count and the SHA-256 of its data; the sequences carry
 * their positions as they were.
 * <pre>{"format": "supportdesk-backup", "format_version": 1, "created_at": "2026-03-14T09:30:00Z",
 *  "schema_version": "29", "postgresql": "14.22",
 *  "tables": [{"name": "users", "columns": ["id", "email", ...], "rows": 17, "sha256": "…"}, ...],
 *  "sequences": [{"name": "ticket_seq", "last_value": 60, "is_called": true}, ...]}</pre>
 */
record BackupManifest(Instant createdAt, String schemaVersion, String postgresql, List<TableEntry> tables,
                      List<SequenceState> sequences) {

    static final String FORMAT = "supportdesk-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    /**
     * Jackson's streaming layer, not Micronaut's {@code JsonMapper}: the commands run without an application
     * context, and building one to read a page of JSON would cost seconds.
     */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** One table's data in the archive: a file in PostgreSQL's COPY text format, one line per row. */
    record TableEntry(String name, List<String> columns, long rows, String sha256) {

        String entryName() {
            return "tables/" + name + ".copy";
        }
    }

    long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    byte[] toJson() throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("format_version", FORMAT_VERSION);
        document.put("created_at", createdAt.toString());
        document.put("schema_version", schemaVersion);
        document.put("postgresql", postgresql);
        document.put("tables", tables.stream().map(table -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", table.name());
            entry.put("columns", table.columns());
            entry.put("rows", table.rows());
            entry.put("sha256", table.sha256());
            return entry;
        }).toList());
        document.put("sequences", sequences.stream().map(sequence -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", sequence.name());
            entry.put("last_value", sequence.lastValue());
            entry.put("is_called", sequence.called());
            return entry;
        }).toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(bytes)) {
            generator.useDefaultPrettyPrinter();
            write(generator, document);
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case Map<?, ?> object -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> field : object.entrySet()) {
                    generator.writeFieldName((String) field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case List<?> array -> {
                generator.writeStartArray();
                for (Object element : array) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case String text -> generator.writeString(text);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case Boolean flag -> generator.writeBoolean(flag);
            default -> throw new IllegalArgumentException("not in a manifest: " + value.getClass());
        }
    }

    /** Objects as maps, arrays as lists, numbers as longs. */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token + " in the manifest");
        };
    }

    /** Reads a manifest, refusing one that is not ours or is of a later format. */
    static BackupManifest fromJson(byte[] json) {
        try {
            Map<String, Object> document;
            try (JsonParser parser = JSON.createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("it is not a JSON object");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> read = (Map<String, Object>) read(parser);
                document = read;
            }
            if (!FORMAT.equals(document.get("format"))) {
                throw new BackupRefusedException("its manifest is not that of a Supportdesk backup");
            }
            int version = ((Number) document.get("format_version")).intValue();
            if (version != FORMAT_VERSION) {
                throw new BackupRefusedException("it is in backup format " + version + "; this Supportdesk reads "
                        + "format " + FORMAT_VERSION + " only");
            }
            List<TableEntry> tables = new ArrayList<>();
            for (Map<String, Object> table : list(document.get("tables"))) {
                tables.add(new TableEntry((String) table.get("name"), strings(table.get("columns")),
                        ((Number) table.get("rows")).longValue(), (String) table.get("sha256")));
            }
            List<SequenceState> sequences = new ArrayList<>();
            for (Map<String, Object> sequence : list(document.get("sequences"))) {
                sequences.add(new SequenceState((String) sequence.get("name"),
                        ((Number) sequence.get("last_value")).longValue(), (Boolean) sequence.get("is_called")));
            }
            return new BackupManifest(Instant.parse((String) document.get("created_at")),
                    (String) document.get("schema_version"), (String) document.get("postgresql"),
                    List.copyOf(tables), List.copyOf(sequences));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupRefusedException refused) {
                throw refused;
            }
            throw new BackupRefusedException("its manifest cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return List.copyOf((List<String>) value);
    }
}
