package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.notification.template.CustomerReplyEmail;
import io.supportdesk.application.notification.template.EmailTemplate;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.Replies;
import io.supportdesk.application.notification.template.ReplyText;
import io.supportdesk.application.notification.template.SlaAlertEmail;
import io.supportdesk.application.notification.template.StaffReplyEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.notification.template.TicketAssignedEmail;
import io.supportdesk.application.notification.template.TicketCreatedEmail;
import io.supportdesk.application.notification.template.TicketQueuedEmail;
import io.supportdesk.application.notification.template.TicketResolvedEmail;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.AttachmentRemoved;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEdited;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketImported;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides who hears about a ticket event and renders what they get — one notification per recipient, so each gets
 * their own greeting, their own preferences apply, and one bad address does not hold up the others.
 *
 * <p>The rules: a new ticket is confirmed to its requester; an assignment is told to the new assignee; a public staff
 * reply goes to the requester; a customer's reply goes to the assignee, or to the ticket's team when nobody owns it
 * (the managers when it has no team either); a resolution goes to the requester; an SLA at risk or breached goes to
 * the assignee and the managers. Internal notes never produce an email. Nobody is emailed about their own action,
 * except the requester's receipt for a ticket they opened. Inactive users get nothing; replies respect the
 * recipient's opt-out.
 *
 * <p>Message-IDs derive from the event id and the recipient, so planning the same event twice yields the same ids
 * and the outbox keeps one of each. A reply carries its {@link ReplyBatch}, so {@link TicketNotifications} can fold
 * later replies to the same person on the same ticket into its email ({@link #replies}).
 */
public final class NotificationPlanner {

    private final NotificationDirectory directory;
    private final TemplateContext templates;
    private final Duration reopenWindow;
    private final FileLinks fileLinks;

    public NotificationPlanner(NotificationDirectory directory, TemplateContext templates, Duration reopenWindow) {
        this(directory, templates, reopenWindow, FileLinks.NONE);
    }

    public NotificationPlanner(NotificationDirectory directory, TemplateContext templates, Duration reopenWindow,
                               FileLinks fileLinks) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.reopenWindow = Objects.requireNonNull(reopenWindow, "reopenWindow");
        this.fileLinks = Objects.requireNonNull(fileLinks, "fileLinks");
    }

    /**
     * Signs a download link to a comment's file for one recipient (the attachment capability's signed links, with a
     * lifetime fit for an inbox); {@link #NONE} lists files without links.
     */
    @FunctionalInterface
    public interface FileLinks {
        FileLinks NONE = (attachment, reader) -> "";

        String url(long attachment, UserId reader);
    }

    private List<ReplyText.FileLink> links(CommentText text, UserId reader) {
        return text.files().stream().map(file -> new ReplyText.FileLink(file.fileName(), file.size(),
                fileLinks.url(file.attachmentId(), reader))).toList();
    }

    public List<Notification> plan(TicketEvent event) {
        return switch (event) {
            case TicketCreated created -> ticketCreated(created);
            case TicketAssigned assigned -> ticketAssigned(assigned);
            case CommentAdded comment -> commentAdded(comment);
            case StatusChanged changed -> changed.to() == TicketStatus.RESOLVED ? ticketResolved(changed) : List.of();
            case SlaAtRisk atRisk -> slaAlert(atRisk, NotificationKind.SLA_AT_RISK, atRisk.kind(), atRisk.dueAt());
            case SlaBreached breached -> slaAlert(breached, NotificationKind.SLA_BREACHED, breached.kind(),
                    breached.dueAt());
            case TicketUnassigned unassigned -> queued(unassigned, unassigned.actor());
            case TicketTeamChanged changed -> queued(changed, changed.actor());
            case PriorityChanged ignored -> List.of();
            case TicketEdited ignored -> List.of();
            // A comment's files are in its email; files on their own mail nobody.
            case AttachmentAdded ignored -> List.of();
            case AttachmentRemoved ignored -> List.of();
            // An imported ticket was announced where it was opened; a bulk import mails nobody (decision 0062).
            case TicketImported ignored -> List.of();
        };
    }

    private List<Notification> ticketCreated(TicketCreated event) {
        return withTicket(event, ticket -> directory.user(event.requester())
                .filter(Addressee::active)
                .map(requester -> List.of(notification(event, ticket, NotificationKind.TICKET_CREATED, requester,
                        new TicketCreatedEmail(requester.name(), ticket.number(), ticket.title(), ticket.priority(),
                                ticket.firstResponseDueAt()))))
                .orElse(List.of()));
    }

    private List<Notification> ticketAssigned(TicketAssigned event) {
        if (event.agent().equals(event.actor().id())) {
            return List.of();
        }
        return withTicket(event, ticket -> recipient(event.agent(), event.actor())
                .map(agent -> List.of(notification(event, ticket, NotificationKind.TICKET_ASSIGNED, agent,
                        new TicketAssignedEmail(agent.name(), ticket.number(), ticket.title(), ticket.priority(),
                                ticket.status(), nameOf(event.actor().id()), ticket.resolutionDueAt(),
                                ticket.team().flatMap(directory::teamName)))))
                .orElse(List.of()));
    }

    private List<Notification> commentAdded(CommentAdded event) {
        if (event.internal()) {
            return List.of();
        }
        List<CommentText> texts = directory.comments(List.of(event.commentId()));
        if (texts.stream().anyMatch(CommentText::internal)) {
            // The event said public but the conversation says internal: never risk showing a note to a customer.
            return List.of();
        }
        Actor author = event.author();
        String authorName = nameOf(author.id());
        // Each recipient's email carries links signed for them.
        Function<Addressee, Replies> reply = recipient -> Replies.one(new ReplyText(authorName,
                texts.stream().findFirst().map(CommentText::body),
                texts.stream().findFirst().map(text -> links(text, recipient.id())).orElse(List.of())));
        return withTicket(event, ticket -> {
            if (author.isStaff()) {
                return recipient(ticket.requester(), author)
                        .filter(requester -> requester.preferences().ticketReplies())
                        .map(requester -> List.of(reply(event, ticket, NotificationKind.STAFF_REPLY, requester,
                                reply.apply(requester))))
                        .orElse(List.of());
            }
            return staffFollowing(ticket, author).stream()
                    .filter(staff -> staff.preferences().ticketReplies())
                    .map(staff -> reply(event, ticket, NotificationKind.CUSTOMER_REPLY, staff, reply.apply(staff)))
                    .toList();
        });
    }

    /**
     * The email of a reply batch that has gathered more replies: quotes the newest {@link Replies#MAX_QUOTED} under
     * their authors and counts the rest. Empty when the ticket or the recipient is gone; the email stays as it was.
     */
    public Optional<RenderedEmail> replies(ReplyBatch batch) {
        List<CommentId> ids = batch.comments();
        List<CommentId> newest = ids.subList(Math.max(0, ids.size() - Replies.MAX_QUOTED), ids.size());
        Map<CommentId, CommentText> texts = new LinkedHashMap<>();
        directory.comments(newest).forEach(text -> texts.put(text.id(), text));
        if (texts.values().stream().anyMatch(CommentText::internal)) {
            return Optional.empty();
        }
        Map<UserId, String> names = new LinkedHashMap<>();
        List<ReplyText> quoted = newest.stream().map(id -> Optional.ofNullable(texts.get(id)))
                .map(text -> new ReplyText(text.map(t -> names.computeIfAbsent(t.author(), this::nameOf))
                        .orElse("Someone"), text.map(CommentText::body),
                        text.map(t -> links(t, batch.recipient())).orElse(List.of())))
                .toList();
        Replies replies = new Replies(quoted, ids.size());
        return directory.ticket(batch.ticket()).flatMap(ticket -> directory.user(batch.recipient())
                .map(recipient -> replyEmail(batch.kind(), ticket, recipient, replies).render(templates)));
    }

    private Notification reply(CommentAdded event, TicketSummary ticket, NotificationKind kind, Addressee recipient,
                               Replies reply) {
        return notification(event, ticket, kind, recipient, replyEmail(kind, ticket, recipient, reply),
                Optional.of(new ReplyBatch(kind, ticket.id(), recipient.id(), List.of(event.commentId()))));
    }

    private static EmailTemplate replyEmail(NotificationKind kind, TicketSummary ticket, Addressee recipient,
                                            Replies replies) {
        return kind == NotificationKind.STAFF_REPLY
                ? new StaffReplyEmail(recipient.name(), ticket.number(), ticket.title(), replies)
                : new CustomerReplyEmail(recipient.name(), ticket.number(), ticket.title(), replies);
    }

    /**
     * The assignee; without one the ticket's team; without a team (or an empty one) the managers. And the ticket's
     * followers, always.
     */
    private List<Addressee> staffFollowing(TicketSummary ticket, Actor author) {
        List<Addressee> recipients = new ArrayList<>();
        if (ticket.assignee().isPresent()) {
            recipient(ticket.assignee().get(), author).ifPresent(recipients::add);
        } else {
            List<Addressee> team = ticket.team().map(directory::teamMembers).orElse(List.of());
            recipients.addAll(team.isEmpty() ? directory.managers() : team);
        }
        recipients.addAll(directory.followers(ticket.id()));
        return distinct(recipients.stream().filter(Addressee::active)
                .filter(candidate -> !candidate.id().equals(author.id())).toList());
    }

    /**
     * A ticket left in its team's queue with nobody on it (moved there unassigned, or given back) is mailed to the
     * team's members. Moving an assigned ticket records both a team change and an unassignment at one instant: the
     * message id is made of that instant, so the outbox keeps one email per member.
     */
    private List<Notification> queued(TicketEvent event, Actor actor) {
        return withTicket(event, ticket -> {
            if (ticket.assignee().isPresent() || ticket.team().isEmpty() || !ticket.status().isOpen()) {
                return List.of();
            }
            TeamId team = ticket.team().get();
            String teamName = directory.teamName(team).orElse("your team");
            String movedBy = nameOf(actor.id());
            return distinct(directory.teamMembers(team)).stream()
                    .filter(Addressee::active)
                    .filter(member -> !member.id().equals(actor.id()))
                    .map(member -> {
                        RenderedEmail email = new TicketQueuedEmail(member.name(), ticket.number(), ticket.title(),
                                ticket.priority(), teamName, movedBy, ticket.firstResponseDueAt()).render(templates);
                        return new Notification(templates.messageId(ticket.number().value() + ".queued."
                                + event.occurredAt().toEpochMilli() + "." + member.id().value()),
                                NotificationKind.TICKET_QUEUED, Optional.of(ticket.id()), List.of(member.email()),
                                email.subject(), email.text(), email.html(), Optional.empty());
                    })
                    .toList();
        });
    }

    private List<Notification> ticketResolved(StatusChanged event) {
        return withTicket(event, ticket -> recipient(ticket.requester(), event.actor())
                .map(requester -> List.of(notification(event, ticket, NotificationKind.TICKET_RESOLVED, requester,
                        new TicketResolvedEmail(requester.name(), ticket.number(), ticket.title(),
                                nameOf(event.actor().id()), reopenWindow))))
                .orElse(List.of()));
    }

    private List<Notification> slaAlert(TicketEvent event, NotificationKind kind, SlaClockKind clock, Instant dueAt) {
        return withTicket(event, ticket -> {
            List<Addressee> recipients = new ArrayList<>();
            Optional<Addressee> assignee = ticket.assignee().flatMap(directory::user);
            assignee.filter(Addressee::active).ifPresent(recipients::add);
            // The team's leads supervise its clocks; a ticket without a team, or a team without a lead, the managers.
            List<Addressee> leads = ticket.team().map(directory::teamLeads).orElse(List.of());
            recipients.addAll((leads.isEmpty() ? directory.managers() : leads).stream()
                    .filter(Addressee::active).toList());
            recipients.addAll(directory.followers(ticket.id()).stream().filter(Addressee::active).toList());
            Optional<String> assigneeName = assignee.map(Addressee::name);
            return distinct(recipients).stream()
                    .map(recipient -> notification(event, ticket, kind, recipient,
                            new SlaAlertEmail(recipient.name(), ticket.number(), ticket.title(), ticket.priority(),
                                    clock, dueAt, kind == NotificationKind.SLA_BREACHED, assigneeName)))
                    .toList();
        });
    }

    private List<Notification> withTicket(TicketEvent event, Function<TicketSummary, List<Notification>> plan) {
        // A ticket deleted in the same unit of work has nobody left to tell.
        return directory.ticket(event.ticketId()).map(plan).orElse(List.of());
    }

    /** The user, if active and not the one who acted. */
    private Optional<Addressee> recipient(UserId user, Actor actor) {
        if (user.equals(actor.id())) {
            return Optional.empty();
        }
        return directory.user(user).filter(Addressee::active);
    }

    private String nameOf(UserId user) {
        if (user.equals(UserId.SYSTEM)) {
            return "Supportdesk";
        }
        return directory.user(user).map(Addressee::name).orElse("Someone");
    }

    private static List<Addressee> distinct(List<Addressee> addressees) {
        Map<UserId, Addressee> byId = new LinkedHashMap<>();
        addressees.forEach(addressee -> byId.putIfAbsent(addressee.id(), addressee));
        return List.copyOf(byId.values());
    }

    private Notification notification(TicketEvent event, TicketSummary ticket, NotificationKind kind,
                                      Addressee recipient, EmailTemplate template) {
        return notification(event, ticket, kind, recipient, template, Optional.empty());
    }

    private Notification notification(TicketEvent event, TicketSummary ticket, NotificationKind kind,
                                      Addressee recipient, EmailTemplate template, Optional<ReplyBatch> batch) {
        RenderedEmail email = template.render(templates);
        return new Notification(messageId(ticket.number().value(), event.eventId(), recipient.id()), kind,
                Optional.of(ticket.id()), List.of(recipient.email()), email.subject(), email.text(), email.html(),
                batch);
    }

    private String messageId(String ticketNumber, UUID eventId, UserId recipient) {
        return templates.messageId(ticketNumber + "." + eventId + "." + recipient.value());
    }
}
