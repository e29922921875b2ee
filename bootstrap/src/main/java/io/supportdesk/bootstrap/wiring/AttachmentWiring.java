package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.supportdesk.adapter.rest.identity.JwtSigningSecret;
import io.supportdesk.adapter.storage.FilesystemBlobStore;
import io.supportdesk.adapter.storage.S3Settings;
import io.supportdesk.adapter.storage.TikaContentTypeDetector;
import io.supportdesk.application.attachment.AttachmentLinks;
import io.supportdesk.application.attachment.AttachmentsService;
import io.supportdesk.application.attachment.AttachmentsService.AttachmentSettings;
import io.supportdesk.application.attachment.SweepUnusedBlobsService;
import io.supportdesk.application.attachment.UploadSpool;
import io.supportdesk.application.attachment.port.in.AttachmentsUseCase;
import io.supportdesk.application.attachment.port.out.AttachmentRepository;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.application.attachment.port.out.ContentTypeDetector;
import io.supportdesk.application.attachment.port.out.MalwareScanner;
import io.supportdesk.application.conversation.AddCommentService;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.attachment.AllowedContentTypes;
import io.supportdesk.domain.attachment.AttachmentLimits;
import jakarta.inject.Singleton;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Attachments: the store chosen by {@code ATTACHMENTS_STORE} (the filesystem under the data directory, or S3), the
 * limits and the allowed types, the key that signs download links, and the spool uploads arrive in.
 */
@Factory
class AttachmentWiring {

    private static Path dataDirectory(String configured) {
        return Path.of(configured.isBlank() ? "data" : configured);
    }

    @Singleton
    AttachmentLimits attachmentLimits(
            @ReadableBytes @Value("${supportdesk.attachments.max-file-size:10MB}") long maxFile,
            @Value("${supportdesk.attachments.max-files-per-request:5}") int maxFiles,
            @ReadableBytes @Value("${supportdesk.attachments.max-ticket-size:100MB}") long maxTicket,
            @Value("${supportdesk.attachments.max-per-comment:20}") int maxPerComment) {
        return new AttachmentLimits(maxFile, maxFiles, maxTicket, maxPerComment);
    }

    @Singleton
    BlobStore blobStore(@Value("${supportdesk.attachments.store:filesystem}") String store,
                        @Value("${supportdesk.data-directory:}") String dataDirectory,
                        @Value("${supportdesk.attachments.directory:}") String directory,
                        @Value("${supportdesk.attachments.s3.bucket:}") String bucket,
                        @Value("${supportdesk.attachments.s3.region:us-east-1}") String region,
                        @Value("${supportdesk.attachments.s3.endpoint:}") String endpoint,
                        @Value("${supportdesk.attachments.s3.path-style:false}") boolean pathStyle,
                        @Value("${supportdesk.attachments.s3.prefix:attachments/}") String prefix,
                        @Value("${supportdesk.attachments.s3.access-key:}") String accessKey,
                        @Value("${supportdesk.attachments.s3.secret-key:}") String secretKey) {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "filesystem", "" -> new FilesystemBlobStore(directory.isBlank()
                    ? dataDirectory(dataDirectory).resolve("attachments") : Path.of(directory));
            case "s3" -> new S3Settings(bucket, region,
                    Optional.of(endpoint).filter(e -> !e.isBlank()).map(URI::create), pathStyle, prefix,
                    Optional.of(accessKey).filter(k -> !k.isBlank()),
                    Optional.of(secretKey).filter(k -> !k.isBlank())).store();
            default -> throw new IllegalArgumentException("ATTACHMENTS_STORE is '" + store
                    + "'; it names a store: filesystem or s3");
        };
    }

    @Singleton
    ContentTypeDetector contentTypeDetector() {
        return new TikaContentTypeDetector();
    }

    /** No scanner by default; docs/attachment-stores.md says where one plugs in. */
    @Singleton
    MalwareScanner malwareScanner() {
        return MalwareScanner.NONE;
    }

    @Singleton
    UploadSpool uploadSpool(@Value("${supportdesk.data-directory:}") String dataDirectory,
                            @Value("${supportdesk.attachments.spool-directory:}") String directory,
                            AttachmentLimits limits, Clock clock) {
        UploadSpool spool = new UploadSpool(directory.isBlank()
                ? dataDirectory(dataDirectory).resolve("tmp").resolve("uploads") : Path.of(directory), limits);
        // An upload takes seconds; a day-old file is a crash's leftover.
        spool.clearBefore(clock.instant().minus(Duration.ofDays(1)));
        return spool;
    }

    /**
     * Links are signed with their own key ({@code ATTACHMENTS_LINK_SECRET}, else one generated into the data
     * directory like the token key): a leaked link key never lets anyone mint access tokens, nor the other way.
     */
    @Singleton
    AttachmentLinks attachmentLinks(@Value("${supportdesk.attachments.link-secret:}") String configured,
                                    @Value("${supportdesk.data-directory:}") String dataDirectory,
                                    @Value("${supportdesk.attachments.link-lifetime:5m}") Duration lifetime,
                                    Clock clock) {
        String secret = JwtSigningSecret.resolve(configured, "ATTACHMENTS_LINK_SECRET",
                Optional.of(dataDirectory).filter(d -> !d.isBlank()).map(Path::of), "link-secret",
                new SecureRandom());
        return new AttachmentLinks(secret.getBytes(StandardCharsets.UTF_8), clock, lifetime);
    }

    @Singleton
    AttachmentSettings attachmentSettings(AttachmentLimits limits,
                                          @Value("${supportdesk.attachments.allowed-types:}") String allowed,
                                          @Value("${supportdesk.attachments.blob-grace:1h}") Duration grace,
                                          @Value("${supportdesk.attachments.s3.redirect-downloads:false}")
                                          boolean redirect,
                                          @Value("${supportdesk.attachments.link-lifetime:5m}") Duration lifetime) {
        return new AttachmentSettings(limits, allowed.isBlank() ? AllowedContentTypes.DEFAULTS
                : AllowedContentTypes.parse(allowed), grace, redirect, lifetime);
    }

    @Singleton
    AttachmentsService attachments(TicketAccess access, TicketRepository tickets, CommentRepository comments,
                                   AttachmentRepository attachments, BlobStore blobs, ContentTypeDetector detector,
                                   MalwareScanner scanner, TicketParticipants participants,
                                   TicketEventPublisher events, AddCommentService addComment,
                                   IdentifyCallerUseCase callers, AttachmentLinks links, AttachmentSettings settings,
                                   UnitOfWork unitOfWork, Clock clock) {
        return new AttachmentsService(access, tickets, comments, attachments, blobs, detector, scanner, participants,
                events, addComment, callers, links, settings, unitOfWork, clock);
    }

    @Singleton
    SweepUnusedBlobsService sweepUnusedBlobs(AttachmentRepository attachments, BlobStore blobs, UnitOfWork unitOfWork,
                                             Clock clock, AttachmentSettings settings,
                                             @Value("${supportdesk.attachments.sweep-batch:100}") int batch) {
        return new SweepUnusedBlobsService(attachments, blobs, unitOfWork, clock, settings.blobGrace(), batch);
    }
}
