package io.supportdesk.adapter.rest.attachment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.conversation.CommentController;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.adapter.rest.ticket.PersonResponse;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.application.attachment.ContentDisposition;
import io.supportdesk.application.attachment.UploadSpool;
import io.supportdesk.application.attachment.port.in.AttachmentContent;
import io.supportdesk.application.attachment.port.in.AttachmentNotFoundException;
import io.supportdesk.application.attachment.port.in.AttachmentView;
import io.supportdesk.application.attachment.port.in.AttachmentsUseCase;
import io.supportdesk.application.attachment.port.in.CommentWithAttachments;
import io.supportdesk.application.attachment.port.in.InvalidLinkException;
import io.supportdesk.application.attachment.port.in.SignedLink;
import io.supportdesk.application.attachment.port.in.UploadAttachmentsCommand;
import io.supportdesk.application.attachment.port.out.BlobStore.Blob;
import io.supportdesk.application.attachment.port.out.BlobStore.ByteRange;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files on tickets and comments. Uploads are {@code multipart/form-data} with {@code file} parts; downloads stream
 * the bytes with a safe {@code Content-Disposition: attachment} and {@code nosniff}, so a browser never renders an
 * upload as a page of this origin. {@code download_url} is a signed link that works without a token.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Attachments")
@UnauthorizedProblem
public class AttachmentController {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{1,18})-(\\d{0,18})");

    private final AttachmentsUseCase attachments;
    private final UploadSpool spool;
    private final String baseUrl;

    AttachmentController(AttachmentsUseCase attachments, UploadSpool spool,
                         @Value("${supportdesk.public-base-url:`http://localhost:8080`}") String baseUrl) {
        this.attachments = attachments;
        this.spool = spool;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Serdeable
    record AttachmentResponse(long id, long ticketId, @Nullable Long commentId, String fileName, String contentType,
                              long size, String sha256, boolean internal, PersonResponse uploadedBy,
                              Instant createdAt, String downloadUrl, Instant downloadUrlExpiresAt) {
    }

    @Serdeable
    record AttachmentList(List<AttachmentResponse> items) {
    }

    @Serdeable
    record CommentWithFiles(CommentController.CommentResponse comment, List<AttachmentResponse> attachments) {
    }

    @Post(uri = "/tickets/{ticket}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach files to a ticket",
            description = "One or more `file` parts (at most 5, 10 MB each, 100 MB per ticket by default); optional "
                    + "`comment_id` (a comment on this ticket) and, for staff, `internal=true`. The type is decided "
                    + "from the bytes and checked against the desk's allow-list (415 names the detected type). "
                    + "All files are stored or none.")
    @ApiResponse(responseCode = "201", description = "The stored attachments",
            content = @Content(schema = @Schema(implementation = AttachmentList.class)))
    HttpResponse<AttachmentList> upload(@PathVariable String ticket, @Body MultipartBody body,
                                        Authentication authentication) {
        try (MultipartUploads form = MultipartUploads.read(body, spool)) {
            form.allowOnly("comment_id", "internal");
            Optional<CommentId> comment = form.field("comment_id").map(AttachmentController::commentId);
            boolean internal = form.field("internal").map(value -> flag("internal", value)).orElse(false);
            List<AttachmentView> stored = attachments.upload(new UploadAttachmentsCommand(
                    CurrentActor.from(authentication), RequestParameters.ticket(ticket), comment, internal,
                    form.files()));
            return HttpResponse.created(new AttachmentList(stored.stream().map(this::response).toList()),
                    URI.create("/api/v1/tickets/" + ticket + "/attachments"));
        }
    }

    @Post(uri = "/tickets/{ticket}/comments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Comment on a ticket with files",
            description = "The multipart form of `POST /tickets/{id}/comments`: a `body` part, optional "
                    + "`internal=true` (staff), and `file` parts. The comment and its files are stored together; "
                    + "files on an internal note are internal.")
    @ApiResponse(responseCode = "201", description = "The comment and its files",
            content = @Content(schema = @Schema(implementation = CommentWithFiles.class)))
    HttpResponse<CommentWithFiles> comment(@PathVariable String ticket, @Body MultipartBody body,
                                           Authentication authentication) {
        try (MultipartUploads form = MultipartUploads.read(body, spool)) {
            form.allowOnly("body", "internal");
            CommentBody text;
            try {
                text = new CommentBody(form.field("body").orElse(null));
            } catch (RuntimeException e) {
                throw MultipartUploads.invalid("body", e.getMessage());
            }
            boolean internal = form.field("internal").map(value -> flag("internal", value)).orElse(false);
            CommentWithAttachments created = attachments.comment(new AddCommentCommand(
                    CurrentActor.from(authentication), RequestParameters.ticket(ticket), text, internal, Channel.WEB),
                    form.files());
            return HttpResponse.created(new CommentWithFiles(CommentController.response(created.comment()),
                            created.attachments().stream().map(this::response).toList()),
                    URI.create("/api/v1/tickets/" + created.comment().comment().ticketId().value() + "/comments"));
        }
    }

    @Get("/tickets/{ticket}/attachments")
    @Operation(summary = "List a ticket's attachments", description = "Oldest first; internal ones only for staff.")
    AttachmentList index(@PathVariable String ticket, Authentication authentication) {
        return new AttachmentList(attachments.list(CurrentActor.from(authentication), RequestParameters.ticket(ticket))
                .stream().map(this::response).toList());
    }

    @Get("/attachments/{id}")
    @Operation(summary = "An attachment's metadata", description = "With a fresh signed `download_url`.")
    AttachmentResponse show(@PathVariable String id, Authentication authentication) {
        return response(attachments.describe(CurrentActor.from(authentication), attachmentId(id)));
    }

    @Get("/attachments/{id}/content{?reader,expires,signature}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An attachment's bytes",
            description = "With a bearer token, or through the signed `download_url` (no token; 403 when changed, "
                    + "410 when expired). Answers `Content-Disposition: attachment`, `ETag`, and honours a single "
                    + "`Range` (206).")
    @ApiResponse(responseCode = "200", description = "The bytes")
    @ApiResponse(responseCode = "206", description = "The range asked for")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    HttpResponse<?> content(@PathVariable String id, @Nullable @QueryValue String reader,
                            @Nullable @QueryValue String expires, @Nullable @QueryValue String signature,
                            @Nullable Authentication authentication, HttpRequest<?> request) {
        AttachmentId attachment = attachmentId(id);
        Optional<ByteRange> range = range(request.getHeaders().get(HttpHeaders.RANGE));
        AttachmentContent content;
        if (reader != null || expires != null || signature != null) {
            content = attachments.open(signedLink(attachment, reader, expires, signature), range);
        } else if (authentication != null) {
            content = attachments.open(CurrentActor.from(authentication), attachment, range);
        } else {
            return Problems.response(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                    "Sign in, or follow the attachment's signed download_url.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return download(content, range, request);
    }

    @Delete("/attachments/{id}")
    @Operation(summary = "Remove an attachment",
            description = "Staff, or the uploader within 15 minutes. Recorded in the ticket's history; the bytes "
                    + "go when nothing else refers to them.")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(@PathVariable String id, Authentication authentication) {
        attachments.delete(CurrentActor.from(authentication), attachmentId(id));
        return HttpResponse.noContent();
    }

    private HttpResponse<?> download(AttachmentContent content, Optional<ByteRange> range, HttpRequest<?> request) {
        Attachment attachment = content.attachment();
        if (content.redirect().isPresent()) {
            return HttpResponse.temporaryRedirect(content.redirect().get()).header(HttpHeaders.CACHE_CONTROL,
                    "private, no-store");
        }
        String etag = "\"" + attachment.hash().hex() + "\"";
        String known = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (known != null && known.contains(etag)) {
            return withHeaders(HttpResponse.notModified(), attachment, etag);
        }
        Blob blob = content.open();
        MediaType type = MediaType.of(attachment.contentType());
        StreamedFile file = new StreamedFile(blob.content(), type, attachment.createdAt().toEpochMilli(),
                blob.length());
        MutableHttpResponse<StreamedFile> response = range.isPresent()
                ? HttpResponse.<StreamedFile>status(HttpStatus.PARTIAL_CONTENT).body(file)
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + range.get().first() + "-"
                        + (range.get().first() + blob.length() - 1) + "/" + blob.size())
                : HttpResponse.ok(file);
        return withHeaders(response, attachment, etag);
    }

    private static MutableHttpResponse<?> withHeaders(MutableHttpResponse<?> response, Attachment attachment,
                                                       String etag) {
        return response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(
                        attachment.fileName().value()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    /** One range {@code bytes=first-[last]}; anything else (several ranges, suffixes) is answered with all bytes. */
    static Optional<ByteRange> range(@Nullable String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE_RANGE.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
        return last < first ? Optional.empty() : Optional.of(new ByteRange(first, last));
    }

    private AttachmentResponse response(AttachmentView view) {
        Attachment a = view.attachment();
        SignedLink link = view.link();
        String url = baseUrl + link.path();
        return new AttachmentResponse(a.id().value(), a.ticketId().value(), a.commentId().map(CommentId::value)
                .orElse(null), a.fileName().value(), a.contentType(), a.size(), a.hash().hex(), a.internal(),
                PersonResponse.of(view.uploader()), a.createdAt(), url, link.expiresAt());
    }

    private static SignedLink signedLink(AttachmentId attachment, @Nullable String reader, @Nullable String expires,
                                         @Nullable String signature) {
        try {
            return new SignedLink(attachment, new UserId(Long.parseLong(reader)),
                    Instant.ofEpochSecond(Long.parseLong(expires)), signature);
        } catch (RuntimeException e) {
            throw new InvalidLinkException(false, "The download link is not valid: it was changed or cut short.");
        }
    }

    private static AttachmentId attachmentId(String text) {
        return RequestParameters.id(text, AttachmentId::new, AttachmentNotFoundException::new);
    }

    private static CommentId commentId(String text) {
        try {
            return new CommentId(Long.parseLong(text.strip()));
        } catch (RuntimeException e) {
            throw MultipartUploads.invalid("comment_id", "a comment id is a positive whole number");
        }
    }

    private static boolean flag(String field, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw MultipartUploads.invalid(field, "true or false");
        };
    }
}
