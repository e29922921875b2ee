package io.supportdesk.domain.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A file name as Supportdesk keeps and shows it, made safe from what a client sent: no directories (of any system),
 * no control or bidirectional-override characters (which disguise {@code exe.pdf} as {@code fdp.exe}), no leading
 * dots, at most {@value #MAX_LENGTH} characters with the extension kept. Nothing is left: {@code attachment}.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "attachment";

    public FileName {
        if (value == null || !value.equals(sanitise(value))) {
            throw new IllegalArgumentException("not a sanitised file name: '" + value + "'");
        }
    }

    public static FileName of(String sent) {
        return new FileName(sanitise(sent));
    }

    /** The extension in lower case without its dot, if the name has one. */
    public Optional<String> extension() {
        int dot = value.lastIndexOf('.');
        return dot <= 0 || dot == value.length() - 1 ? Optional.empty()
                : Optional.of(value.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String sanitise(String sent) {
        if (sent == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileName::printable).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = shorten(name);
        }
        return name;
    }

    private static boolean printable(int c) {
        if (Character.isISOControl(c) || c == ':' || c == '"' || c == '<' || c == '>' || c == '|' || c == '*'
                || c == '?') {
            return false;
        }
        int type = Character.getType(c);
        // FORMAT covers the bidirectional overrides and zero-width characters; the rest cannot be shown.
        return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
