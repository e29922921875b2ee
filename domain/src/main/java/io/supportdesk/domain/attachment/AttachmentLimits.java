package io.supportdesk.domain.attachment;

import io.supportdesk.domain.attachment.AttachmentRuleViolation.Kind;

import java.util.Locale;

/**
 * How much a desk takes: bytes per file, files per request, bytes per ticket, attachments per comment. Every check
 * names the file it refuses.
 */
public record AttachmentLimits(long maxFileBytes, int maxFilesPerRequest, long maxTicketBytes,
                               int maxPerComment) {

    public static final AttachmentLimits DEFAULTS = new AttachmentLimits(10L * 1024 * 1024, 5,
            100L * 1024 * 1024, 20);

    public AttachmentLimits {
        if (maxFileBytes <= 0 || maxFilesPerRequest <= 0 || maxTicketBytes < maxFileBytes || maxPerComment <= 0) {
            throw new IllegalArgumentException("attachment limits are positive, and a ticket holds at least one file");
        }
    }

    public void checkFileSize(String fileName, long size) {
        if (size > maxFileBytes) {
            throw new AttachmentRuleViolation(Kind.FILE_TOO_LARGE, fileName, "'" + fileName + "' is larger than "
                    + readable(maxFileBytes) + ", the most one file may be");
        }
    }

    public void checkFileCount(int files) {
        if (files == 0) {
            throw new AttachmentRuleViolation(Kind.NO_FILES, null, "the request carries no 'file' part");
        }
        if (files > maxFilesPerRequest) {
            throw new AttachmentRuleViolation(Kind.TOO_MANY_FILES, null, "at most " + maxFilesPerRequest
                    + " files may be uploaded at once, " + files + " were sent");
        }
    }

    /** {@code stored}: bytes the ticket holds already; {@code adding}: this file's, after the files before it. */
    public void checkTicketTotal(String fileName, long stored, long adding) {
        if (stored + adding > maxTicketBytes) {
            throw new AttachmentRuleViolation(Kind.TICKET_FULL, fileName, "'" + fileName + "' would take the ticket's "
                    + "attachments past " + readable(maxTicketBytes) + " (" + readable(stored) + " stored)");
        }
    }

    public void checkCommentCount(String fileName, int attached, int adding) {
        if (attached + adding > maxPerComment) {
            throw new AttachmentRuleViolation(Kind.COMMENT_FULL, fileName, "a comment holds at most " + maxPerComment
                    + " attachments; '" + fileName + "' would be one more");
        }
    }

    /** A size as people read it ({@code 10 MB}, {@code 2.5 MB}, {@code 12 KB}): in refusals and in emails. */
    public static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
