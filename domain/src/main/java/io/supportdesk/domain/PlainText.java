package io.supportdesk.domain;

import java.util.Optional;

/**
 * The one rule for text that people type, wherever it is kept: no control characters (long text may break lines
 * and indent: newline, carriage return and tab) and no broken UTF-16 (a lone surrogate, which JSON's {@code \ud800}
 * escape can produce). PostgreSQL refuses the NUL character outright, and the others turn into garbage in emails,
 * logs and other clients; refusing them up front names the field instead of failing deep inside.
 */
public final class PlainText {

    private PlainText() {
    }

    /** One line: a title, a name, a tag. */
    public static Optional<String> problemInLine(String value) {
        return problem(value, false);
    }

    /** Long text: a description, a comment, a reason. */
    public static Optional<String> problemInText(String value) {
        return problem(value, true);
    }

    private static Optional<String> problem(String value, boolean multiline) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (" + codePoint(c) + " at position " + i
                        + ")");
            } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("must not contain control characters (" + codePoint(c) + " at position " + i
                        + (multiline ? "; newlines and tabs are fine)" : ")"));
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
