package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.in.AttachmentContent;
import io.supportdesk.application.attachment.port.in.AttachmentNotFoundException;
import io.supportdesk.application.attachment.port.in.AttachmentView;
import io.supportdesk.application.attachment.port.in.AttachmentsUseCase;
import io.supportdesk.application.attachment.port.in.CommentWithAttachments;
import io.supportdesk.application.attachment.port.in.RangeNotSatisfiableException;
import io.supportdesk.application.attachment.port.in.ReceivedFile;
import io.supportdesk.application.attachment.port.in.SignedLink;
import io.supportdesk.application.attachment.port.in.UploadAttachmentsCommand;
import io.supportdesk.application.attachment.port.out.AttachmentRepository;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.application.attachment.port.out.BlobStore.ByteRange;
import io.supportdesk.application.attachment.port.out.ContentTypeDetector;
import io.supportdesk.application.attachment.port.out.MalwareScanner;
import io.supportdesk.application.conversation.AddCommentService;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.attachment.AllowedContentTypes;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.attachment.AttachmentLimits;
import io.supportdesk.domain.attachment.AttachmentPermissions;
import io.supportdesk.domain.attachment.AttachmentRuleViolation;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Files on tickets. An upload goes in three steps, so that no transaction waits on a slow store and nothing is left
 * half-done: (1) everything that can refuse the request is checked first — the ticket, the comment, sizes, the type
 * from the bytes, the scanner; (2) the blobs are touched (so no deletion takes them away) and their bytes stored,
 * once per content; (3) one transaction records the attachments on the held ticket, with the per-ticket and
 * per-comment limits checked under its lock. Bytes stored by a request whose step 3 failed are unused and go with
 * the next sweep after the grace period ({@link SweepUnusedBlobsService}).
 */
public final class AttachmentsService implements AttachmentsUseCase {

    private final TicketAccess access;
    private final TicketRepository tickets;
    private final CommentRepository comments;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final ContentTypeDetector detector;
    private final MalwareScanner scanner;
    private final TicketParticipants participants;
    private final TicketEventPublisher events;
    private final AddCommentService addComment;
    private final IdentifyCallerUseCase callers;
    private final AttachmentLinks links;
    private final AttachmentSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AttachmentsService(TicketAccess access, TicketRepository tickets, CommentRepository comments,
                              AttachmentRepository attachments, BlobStore blobs, ContentTypeDetector detector,
                              MalwareScanner scanner, TicketParticipants participants, TicketEventPublisher events,
                              AddCommentService addComment, IdentifyCallerUseCase callers, AttachmentLinks links,
                              AttachmentSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.access = access;
        this.tickets = tickets;
        this.comments = comments;
        this.attachments = attachments;
        this.blobs = blobs;
        this.detector = detector;
        this.scanner = scanner;
        this.participants = participants;
        this.events = events;
        this.addComment = addComment;
        this.callers = callers;
        this.links = links;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The limits, the types taken, how long unused bytes are kept, and whether downloads go straight to the store. */
    public record AttachmentSettings(AttachmentLimits limits, AllowedContentTypes types, Duration blobGrace,
                                     boolean redirectDownloads, Duration redirectLifetime) {
    }

    @Override
    public List<AttachmentView> upload(UploadAttachmentsCommand command) {
        Actor actor = command.actor();
        AttachmentPermissions.checkUpload(actor, command.internal());
        checkFiles(command.files());
        boolean onInternalNote = unitOfWork.reading(() -> {
            Ticket ticket = access.loadReadable(actor, command.ticket());
            return command.comment().map(id -> commentOf(actor, ticket, id).internal()).orElse(false);
        });
        List<String> types = inspect(command.files());
        store(command.files());
        boolean internal = command.internal() || onInternalNote;
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadHeld(actor, command.ticket());
            List<Attachment> added = record(ticket, actor, command.comment(), internal, command.files(), types);
            tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return views(actor, added);
        });
    }

    @Override
    public CommentWithAttachments comment(AddCommentCommand command, List<ReceivedFile> files) {
        checkFiles(files);
        unitOfWork.reading(() -> access.loadReadable(command.author(), command.ticket()));
        if (command.internal()) {
            TicketPermissions.checkWriteInternal(command.author());
        }
        List<String> types = inspect(files);
        store(files);
        return unitOfWork.inTransaction(() -> {
            List<Attachment> added = new ArrayList<>();
            // The files are recorded before the comment's events go out, so its email can list them.
            CommentDetails details = addComment.add(command, (ticket, comment) -> added.addAll(record(ticket,
                    command.author(), Optional.of(comment.id()), command.internal(), files, types)));
            return new CommentWithAttachments(details, views(command.author(), added));
        });
    }

    @Override
    public List<AttachmentView> list(Actor actor, TicketReference reference) {
        return unitOfWork.reading(() -> {
            Ticket ticket = access.loadReadable(actor, reference);
            return views(actor, attachments.ofTicket(ticket.id(), TicketPermissions.canSeeInternalNotes(actor)));
        });
    }

    @Override
    public AttachmentView describe(Actor actor, AttachmentId id) {
        return unitOfWork.reading(() -> views(actor, List.of(visible(actor, id))).getFirst());
    }

    @Override
    public AttachmentContent open(Actor actor, AttachmentId id, Optional<ByteRange> range) {
        Attachment attachment = unitOfWork.reading(() -> visible(actor, id));
        if (range.isPresent() && range.get().first() >= attachment.size()) {
            throw new RangeNotSatisfiableException(attachment.size());
        }
        if (settings.redirectDownloads()) {
            Optional<URI> direct = blobs.presignedDownload(attachment.hash(), settings.redirectLifetime(),
                    attachment.fileName().value(), attachment.contentType());
            if (direct.isPresent()) {
                return AttachmentContent.redirectTo(attachment, direct.get());
            }
        }
        // Opened only when the bytes are sent: a client that has them (If-None-Match) costs the store nothing.
        return AttachmentContent.served(attachment, () -> blobs.open(attachment.hash(), range)
                .orElseThrow(() -> new IllegalStateException("the bytes of attachment " + id.value() + " ("
                        + attachment.hash().hex() + ") are missing from the store")));
    }

    @Override
    public AttachmentContent open(SignedLink link, Optional<ByteRange> range) {
        links.check(link);
        // A link outlives neither its reader's account nor their sight of the file: both are asked again now.
        Actor reader = callers.identify(link.reader())
                .orElseThrow(() -> new AttachmentNotFoundException(link.attachment().value()));
        return open(reader, link.attachment(), range);
    }

    @Override
    public void delete(Actor actor, AttachmentId id) {
        unitOfWork.run(() -> {
            Attachment attachment = seen(actor, id);
            Ticket ticket = onReadableTicket(attachment, () -> access.loadHeld(actor,
                    TicketReference.of(attachment.ticketId())));
            AttachmentPermissions.checkDelete(actor, attachment, clock.instant());
            attachments.remove(id);
            ticket.recordAttachmentRemoved(id.value(), attachment.fileName().value(), attachment.internal(), actor,
                    clock);
            tickets.save(ticket);
            events.publish(ticket.pullEvents());
            // The last reference takes its bytes along, inside the transaction that holds the blob's row: an upload of
            // the same bytes waits for it and then stores them again.
            if (attachments.forgetIfUnused(attachment.hash(), clock.instant().minus(settings.blobGrace()))) {
                blobs.delete(attachment.hash());
            }
        });
    }

    @Override
    public CommentDetails message(AddCommentCommand command, List<AttachmentId> files) {
        if (files.size() > settings.limits().maxPerComment()) {
            throw new AttachmentRuleViolation(AttachmentRuleViolation.Kind.COMMENT_FULL, null, "a message holds at "
                    + "most " + settings.limits().maxPerComment() + " attachments");
        }
        List<Attachment> attached = new ArrayList<>();
        CommentDetails details = addComment.add(command, (ticket, comment) -> attached.addAll(
                attachments.attachToComment(files, ticket.id(), comment.id(), command.author().id(),
                        command.internal())));
        return new CommentDetails(details.comment(), details.author(), attached);
    }

    /**
     * Describes attachments for their reader, each with a fresh signed link; one read for all uploaders (who are
     * always there: accounts are deactivated, never deleted, and the table refers to them).
     */
    private List<AttachmentView> views(Actor reader, List<Attachment> found) {
        List<Attachment> visible = found.stream().filter(a -> AttachmentPermissions.canSee(reader, a)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<UserId, Participant> uploaders = participants.findAll(new LinkedHashSet<>(
                visible.stream().map(Attachment::uploadedBy).toList()));
        return visible.stream().map(a -> new AttachmentView(a, uploaders.get(a.uploadedBy()),
                links.sign(a.id(), reader.id()))).toList();
    }

    /** An attachment the actor sees, on a ticket they may read; anything else is "not found". */
    private Attachment visible(Actor actor, AttachmentId id) {
        Attachment attachment = seen(actor, id);
        onReadableTicket(attachment, () -> access.loadReadable(actor, TicketReference.of(attachment.ticketId())));
        return attachment;
    }

    private Attachment seen(Actor actor, AttachmentId id) {
        return attachments.find(id).filter(a -> AttachmentPermissions.canSee(actor, a))
                .orElseThrow(() -> new AttachmentNotFoundException(id.value()));
    }

    /** Loads the attachment's ticket; one the actor may not read hides the attachment too. */
    private static Ticket onReadableTicket(Attachment attachment, Supplier<Ticket> load) {
        try {
            return load.get();
        } catch (TicketNotFoundException notReadable) {
            throw new AttachmentNotFoundException(attachment.id().value());
        }
    }

    private Comment commentOf(Actor actor, Ticket ticket, CommentId id) {
        Comment comment = comments.find(id)
                .filter(c -> c.ticketId().equals(ticket.id()))
                .filter(c -> !c.internal() || TicketPermissions.canSeeInternalNotes(actor))
                .orElseThrow(() -> new TicketRuleViolation("comment_id", "ticket " + ticket.number().value()
                        + " has no comment " + id.value()));
        if (!actor.isStaff() && !comment.author().id().equals(actor.id())) {
            throw new TicketRuleViolation("comment_id", "customers attach files to their own comments only");
        }
        return comment;
    }

    private void checkFiles(List<ReceivedFile> files) {
        settings.limits().checkFileCount(files.size());
        files.forEach(f -> settings.limits().checkFileSize(f.name().value(), f.size()));
    }

    /** The type of each file from its bytes, checked against the allow-list, and the scanner's word on it. */
    private List<String> inspect(List<ReceivedFile> files) {
        List<String> types = new ArrayList<>();
        for (ReceivedFile file : files) {
            String type = AllowedContentTypes.baseType(detector.detect(file.file(), file.name().value()));
            settings.types().check(file.name().value(), type);
            scanner.scan(file.file()).ifPresent(found -> {
                throw new AttachmentRuleViolation(AttachmentRuleViolation.Kind.MALWARE, file.name().value(), "'"
                        + file.name().value() + "' carries " + found);
            });
            types.add(type);
        }
        return types;
    }

    private void store(List<ReceivedFile> files) {
        unitOfWork.run(() -> attachments.touchBlobs(files.stream().map(ReceivedFile::hash).distinct().toList(),
                clock.instant()));
        for (ReceivedFile file : files) {
            blobs.put(file.hash(), file.file(), file.size());
        }
    }

    private List<Attachment> record(Ticket ticket, Actor actor, Optional<CommentId> comment, boolean internal,
                                    List<ReceivedFile> files, List<String> types) {
        AttachmentLimits limits = settings.limits();
        long stored = attachments.bytesOnTicket(ticket.id());
        int onComment = comment.map(attachments::countOnComment).orElse(0);
        List<AttachmentId> ids = attachments.nextIds(files.size());
        List<Attachment> added = new ArrayList<>();
        long adding = 0;
        for (int i = 0; i < files.size(); i++) {
            ReceivedFile file = files.get(i);
            adding += file.size();
            limits.checkTicketTotal(file.name().value(), stored, adding);
            comment.ifPresent(c -> limits.checkCommentCount(file.name().value(), onComment, added.size() + 1));
            Attachment attachment = new Attachment(ids.get(i), ticket.id(), comment, file.name(), types.get(i),
                    file.size(), file.hash(), internal, actor.id(), clock.instant());
            added.add(attachment);
            ticket.recordAttachment(attachment.id().value(), file.name().value(), internal, actor, clock);
        }
        attachments.addAll(added);
        return added;
    }
}
