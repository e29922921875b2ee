package io.supportdesk.domain.attachment;

import io.supportdesk.domain.attachment.AttachmentRuleViolation.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The content types a desk takes, decided from the bytes (never from the client's header or the extension). Entries
 * are exact ({@code application/pdf}) or a whole family ({@code image/*}). The default takes images but not SVG,
 * which is a document that runs scripts; executables are refused whatever they are called.
 */
public record AllowedContentTypes(List<String> allowed) {

    public static final AllowedContentTypes DEFAULTS = new AllowedContentTypes(List.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff", "image/heic",
            "application/pdf", "text/plain", "text/csv",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/rtf",
            "application/zip"));

    public AllowedContentTypes {
        allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed")).stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT)).filter(type -> !type.isEmpty()).toList();
    }

    /** From a comma-separated list, as configuration gives it. */
    public static AllowedContentTypes parse(String list) {
        return new AllowedContentTypes(List.of(list.split(",")));
    }

    public boolean allows(String contentType) {
        String type = baseType(contentType);
        for (String entry : allowed) {
            if (entry.endsWith("/*") ? type.startsWith(entry.substring(0, entry.length() - 1)) : type.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    public void check(String fileName, String detected) {
        if (!allows(detected)) {
            throw new AttachmentRuleViolation(Kind.TYPE_NOT_ALLOWED, fileName, "'" + fileName + "' is "
                    + baseType(detected) + ", which this desk does not accept");
        }
    }

    /** The type without parameters ({@code text/plain; charset=UTF-8} is {@code text/plain}). */
    public static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
