package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaStatus;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.identity.TeamId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's support request: the aggregate that owns its place in the workflow, its assignment, its two SLA
 * clocks and the rules of the conversation that move them. Every change goes through an intention-revealing method
 * that checks its rule, takes the time from the given {@link Clock} and records a {@link TicketEvent}; collect the
 * events with {@link #pullEvents()} after saving. Refers to users, teams and comments by id only.
 */
public final class Ticket {

    private final TicketId id;
    private final TicketNumber number;
    private Title title;
    private Description description;
    private TicketStatus status;
    private Priority priority;
    private CategoryCode category;
    private Tags tags;
    private final UserId requester;
    private UserId assignee;
    private TeamId team;
    private CustomFields customFields;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant firstRespondedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private TicketSla sla;
    private final long version;
    private CustomerView customerView;
    private TicketType type;
    private ProjectId project;
    private final TicketChannel channel;
    // The customer's version moves once per save, however many visible changes the save carries.
    private boolean customerViewMoved;
    private final List<TicketEvent> events = new ArrayList<>();

    private Ticket(TicketSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.title = s.title();
        this.description = s.description();
        this.status = s.status();
        this.priority = s.priority();
        this.category = s.category();
        this.tags = s.tags();
        this.requester = s.requester();
        this.assignee = s.assignee().orElse(null);
        this.team = s.team().orElse(null);
        this.customFields = s.customFields();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.firstRespondedAt = s.firstRespondedAt().orElse(null);
        this.resolvedAt = s.resolvedAt().orElse(null);
        this.closedAt = s.closedAt().orElse(null);
        this.sla = s.sla();
        this.version = s.version();
        this.customerView = s.customerView();
        this.type = s.type();
        this.project = s.project().orElse(null);
        this.channel = s.channel();
    }

    /** Opens a new question outside any project, come in on the web: status OPEN, both SLA clocks running from now. */
    public static Ticket open(TicketId id, TicketNumber number, Title title, Description description, Priority priority,
            CategoryCode category, Tags tags, CustomFields customFields, UserId requester, SlaTargets targets,
            Actor openedBy, Clock clock) {
        return open(id, number, title, description, priority, category, tags, customFields, requester, targets,
                TicketType.QUESTION, Optional.empty(), TicketChannel.WEB, openedBy, clock);
    }

    /**
     * Opens a new ticket of a type, in a project or none, come in through {@code channel} (for good: a ticket's
     * channel never changes): status OPEN, both SLA clocks running from now.
     *
     * @throws TicketRuleViolation on "channel" for {@link TicketChannel#IMPORT}, which only {@link #imported} sets
     */
    public static Ticket open(TicketId id, TicketNumber number, Title title, Description description, Priority priority,
            CategoryCode category, Tags tags, CustomFields customFields, UserId requester, SlaTargets targets,
            TicketType type, Optional<ProjectId> project, TicketChannel channel, Actor openedBy, Clock clock) {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(openedBy, "openedBy");
        if (!channel.opensTickets()) {
            throw new TicketRuleViolation("channel", "a ticket is not opened as '" + channel.code()
                    + "': only an import brings tickets in that way");
        }
        Instant now = clock.instant();
        Ticket ticket = new Ticket(new TicketSnapshot(id, number, title, description, TicketStatus.OPEN, priority,
                category, tags, requester, Optional.empty(), Optional.empty(), customFields, now, now,
                Optional.empty(), Optional.empty(), Optional.empty(),
                TicketSla.start(now, targets), 0, CustomerView.at(now), type, project, channel));
        ticket.record(new TicketCreated(UUID.randomUUID(), id, number, title, requester, priority, category, channel,
                openedBy, now));
        return ticket;
    }

    /**
     * A ticket brought in from another desk, as it stood there: created at {@code createdAt} (not in the future) and
     * in {@code status}, in no project and no team, assigned to nobody. Its SLA clocks run from {@code createdAt};
     * escalations already due now count as reported, so an import of old tickets sets off no storm of SLA alerts.
     * The source gives no time for what happened after creation, so the import is the latest time known: a
     * resolved or closed ticket was resolved or closed by now (its clocks stop now, and a closed one may be reopened
     * within the reopen window from now); one waiting on the customer or on hold has its resolution clock paused
     * from now. {@code ASSIGNED} needs an assignee, which an import does not carry. Its channel is
     * {@link TicketChannel#IMPORT}. Records {@link TicketImported}.
     *
     * @throws TicketRuleViolation on "created_at" (in the future) or "status" (assigned)
     */
    public static Ticket imported(TicketId id, TicketNumber number, Title title, Description description,
            Priority priority, CategoryCode category, Tags tags, UserId requester, SlaTargets targets,
            TicketStatus status, Instant createdAt, Actor importedBy, Clock clock) {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(importedBy, "importedBy");
        Instant now = clock.instant();
        List<TicketRuleViolation> violations = importViolations(status, createdAt, now);
        if (!violations.isEmpty()) {
            throw violations.getFirst();
        }
        TicketSla sla = TicketSla.start(createdAt, targets);
        if (status.pausesResolution()) {
            sla = sla.resolutionPaused(now);
        }
        Optional<Instant> resolvedAt = Optional.empty();
        Optional<Instant> closedAt = Optional.empty();
        if (status == TicketStatus.RESOLVED) {
            resolvedAt = Optional.of(now);
            sla = sla.stopped(now);
        } else if (status == TicketStatus.CLOSED) {
            closedAt = Optional.of(now);
            sla = sla.stopped(now);
        }
        sla = sla.escalate(now).sla();
        Ticket ticket = new Ticket(new TicketSnapshot(id, number, title, description, status, priority, category,
                tags, requester, Optional.empty(), Optional.empty(), CustomFields.none(), createdAt, now,
                Optional.empty(), resolvedAt, closedAt, sla, 0, CustomerView.at(now), TicketType.QUESTION,
                Optional.empty(), TicketChannel.IMPORT));
        ticket.record(new TicketImported(UUID.randomUUID(), id, number, requester, status, createdAt, importedBy,
                now));
        return ticket;
    }

    /**
     * What {@link #imported} would refuse of a status and a creation time, all of it: an import checks every row
     * with this before it creates any.
     */
    public static List<TicketRuleViolation> importViolations(TicketStatus status, Instant createdAt, Instant now) {
        List<TicketRuleViolation> violations = new ArrayList<>();
        if (createdAt.isAfter(now)) {
            violations.add(new TicketRuleViolation("created_at", "must not be in the future"));
        }
        if (status == TicketStatus.ASSIGNED) {
            violations.add(new TicketRuleViolation("status", "an imported ticket has no assignee, so it cannot be "
                    + TicketStatus.ASSIGNED.code() + "; import it as " + TicketStatus.OPEN.code()
                    + " and assign it here"));
        }
        return violations;
    }

    /** Rebuilds a saved ticket; records no events, since nothing happened. */
    public static Ticket restore(TicketSnapshot snapshot) {
        return new Ticket(Objects.requireNonNull(snapshot, "snapshot"));
    }

    public TicketSnapshot snapshot() {
        return new TicketSnapshot(id, number, title, description, status, priority, category, tags, requester,
                assignee(), team(), customFields, createdAt, updatedAt, firstRespondedAt(), resolvedAt(), closedAt(),
                sla, version, customerView, type, project(), channel);
    }

    /**
     * Moves the ticket along the workflow. Resolving or closing stops the SLA clocks as they stand; waiting on the
     * customer or holding pauses the resolution clock; reopening restarts it from now and forgets the earlier
     * resolution; going back from ASSIGNED to OPEN gives the ticket up, so it loses its assignee.
     *
     * @throws InvalidTransitionException if the workflow does not allow the move now
     * @throws TicketRuleViolation if moving to ASSIGNED without an assignee (use {@link #assignTo})
     */
    public void moveTo(TicketStatus target, Actor actor, Workflow workflow, Clock clock) {
        moveTo(target, actor, workflow, clock, Optional.empty());
    }

    /** As {@link #moveTo(TicketStatus, Actor, Workflow, Clock)}, recording why (kept in the audit trail). */
    public void moveTo(TicketStatus target, Actor actor, Workflow workflow, Clock clock, Optional<String> reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        // Validate before anything changes, so a bad reason leaves the ticket untouched.
        reason.filter(r -> r.strip().length() > StatusChanged.MAX_REASON_LENGTH).ifPresent(r -> {
            throw new TicketRuleViolation("reason", "must be at most " + StatusChanged.MAX_REASON_LENGTH
                    + " characters");
        });
        Objects.requireNonNull(workflow, "workflow");
        Instant now = clock.instant();
        workflow.check(status, target, closedAt, now);
        if (target == TicketStatus.ASSIGNED && assignee == null) {
            throw new TicketRuleViolation("assignee", "ticket " + number.value()
                    + " has no assignee; assign an agent to move it to " + TicketStatus.ASSIGNED.code());
        }
        changeStatus(target, actor, now, reason);
        touch(now, true);
    }

    /**
     * Gives the ticket to an agent. A ticket nobody works on yet (one whose status may move to ASSIGNED) moves there;
     * one already being worked on keeps its status. Assigning the current assignee again changes nothing.
     *
     * @throws TicketRuleViolation on field "assignee" if the ticket is resolved or closed
     */
    public void assignTo(UserId agent, Actor actor, Clock clock) {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(actor, "actor");
        if (!status.isOpen()) {
            throw new TicketRuleViolation("assignee", "ticket " + number.value() + " is " + status.code()
                    + " and cannot be assigned; reopen it first");
        }
        if (agent.equals(assignee)) {
            return;
        }
        Instant now = clock.instant();
        Optional<UserId> previous = assignee();
        assignee = agent;
        record(new TicketAssigned(UUID.randomUUID(), id, previous, agent, actor, now));
        if (status.canMoveTo(TicketStatus.ASSIGNED)) {
            changeStatus(TicketStatus.ASSIGNED, actor, now);
        }
        touch(now, true);
    }

    /** Takes the ticket away from its agent; an ASSIGNED ticket goes back to OPEN. No-op when unassigned. */
    public void unassign(Actor actor, Clock clock) {
        Objects.requireNonNull(actor, "actor");
        if (assignee == null) {
            return;
        }
        Instant now = clock.instant();
        if (status == TicketStatus.ASSIGNED) {
            changeStatus(TicketStatus.OPEN, actor, now);
        } else {
            dropAssignee(actor, now);
        }
        touch(now, true);
    }

    /**
     * Routes the ticket to a team, whose calendar its SLA clocks count in from now on (due times recomputed, pauses
     * kept). The assignee stays only if {@code assigneeStays} (the caller knows whether they belong to the new team);
     * otherwise the ticket goes back to the team's queue. Routing to the current team changes nothing.
     *
     * @throws TicketRuleViolation on field "reason" if the reason is too long
     */
    public void routeTo(TeamId newTeam, BusinessCalendar calendar, boolean assigneeStays, Optional<String> reason,
                        Actor actor, Clock clock) {
        Objects.requireNonNull(newTeam, "team");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        reason.ifPresent(r -> {
            PlainText.problemInText(r.strip()).ifPresent(problem -> {
                throw new TicketRuleViolation("reason", problem);
            });
            if (r.strip().length() > TicketTeamChanged.MAX_REASON_LENGTH) {
                throw new TicketRuleViolation("reason", "must be at most " + TicketTeamChanged.MAX_REASON_LENGTH
                        + " characters");
            }
        });
        if (newTeam.equals(team)) {
            return;
        }
        Instant now = clock.instant();
        Optional<TeamId> previous = team();
        team = newTeam;
        record(new TicketTeamChanged(UUID.randomUUID(), id, previous, newTeam,
                reason.map(String::strip).filter(r -> !r.isEmpty()), actor, now));
        sla = sla.inCalendar(calendar, now);
        if (assignee != null && !assigneeStays) {
            if (status == TicketStatus.ASSIGNED) {
                changeStatus(TicketStatus.OPEN, actor, now);
            } else {
                dropAssignee(actor, now);
            }
        }
        touch(now, true);
    }

    /**
     * Counts the SLA clocks in a changed calendar of the ticket's own team. Not an edit of the ticket: it records no
     * event and leaves {@link #updatedAt()} alone; the calendar change that caused it is audited where it was made.
     *
     * @return whether anything changed
     */
    public boolean countSlaIn(BusinessCalendar calendar, Clock clock) {
        TicketSla recounted = sla.inCalendar(calendar, clock.instant());
        boolean changed = !recounted.equals(sla);
        sla = recounted;
        return changed;
    }

    /** The calendar the SLA clocks count in: the ticket's team's, as of routing. */
    public BusinessCalendar slaCalendar() {
        return sla.calendar();
    }

    /**
     * Changes the priority and applies the matching SLA targets to the clocks still running: due = start + new
     * target + time paused so far. Clocks already stopped keep their outcome. Same priority changes nothing.
     */
    public void changePriority(Priority newPriority, SlaTargets newTargets, Actor actor, Clock clock) {
        Objects.requireNonNull(newPriority, "priority");
        Objects.requireNonNull(newTargets, "newTargets");
        Objects.requireNonNull(actor, "actor");
        if (newPriority == priority) {
            return;
        }
        Instant now = clock.instant();
        Priority previous = priority;
        priority = newPriority;
        applyTargets(newTargets, now);
        record(new PriorityChanged(UUID.randomUUID(), id, previous, newPriority, actor, now));
        touch(now, true);
    }

    /**
     * Applies new SLA targets without a priority change, for when the category edit makes a different category
     * override apply. Records no event of its own: the edit that caused it has one.
     */
    public void retargetSla(SlaTargets newTargets, Clock clock) {
        Objects.requireNonNull(newTargets, "newTargets");
        Instant now = clock.instant();
        if (applyTargets(newTargets, now)) {
            touch(now, true);
        }
    }

    /**
     * Changes descriptive fields; a null argument leaves that field as it is. Records one {@link TicketEdited}
     * listing every field that actually changed, or nothing if none did.
     */
    public void edit(Title newTitle, Description newDescription, CategoryCode newCategory, Tags newTags,
            CustomFields newCustomFields, Actor actor, Clock clock) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        List<FieldChange> changes = new ArrayList<>();
        if (newTitle != null && !newTitle.equals(title)) {
            changes.add(new FieldChange("title", title.value(), newTitle.value()));
        }
        if (newDescription != null && !newDescription.equals(description)) {
            changes.add(new FieldChange("description", description.value(), newDescription.value()));
        }
        if (newCategory != null && !newCategory.equals(category)) {
            changes.add(new FieldChange("category", category.value(), newCategory.value()));
        }
        if (newTags != null && !newTags.equals(tags)) {
            changes.add(new FieldChange("tags", String.join(", ", tags.values()), String.join(", ", newTags.values())));
        }
        if (newCustomFields != null && !newCustomFields.equals(customFields)) {
            changes.addAll(customFieldChanges(customFields.values(), newCustomFields.values()));
        }
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        title = newTitle == null ? title : newTitle;
        description = newDescription == null ? description : newDescription;
        category = newCategory == null ? category : newCategory;
        tags = newTags == null ? tags : newTags;
        customFields = newCustomFields == null ? customFields : newCustomFields;
        record(new TicketEdited(UUID.randomUUID(), id, changes, actor, now));
        touch(now, true);
    }

    /**
     * Changes the kind of request and the project (null: unchanged; an empty project: none). Records one
     * {@link TicketEdited} with what changed (projects by id), or nothing. Staff only decide these; the caller checks.
     */
    public void reclassify(TicketType newType, Optional<ProjectId> newProject, Actor actor, Clock clock) {
        Objects.requireNonNull(actor, "actor");
        List<FieldChange> changes = new ArrayList<>();
        if (newType != null && newType != type) {
            changes.add(new FieldChange("type", type.code(), newType.code()));
        }
        if (newProject != null && !newProject.equals(project())) {
            changes.add(new FieldChange("project", project().map(p -> String.valueOf(p.value())).orElse(null),
                    newProject.map(p -> String.valueOf(p.value())).orElse(null)));
        }
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        type = newType == null ? type : newType;
        project = newProject == null ? project : newProject.orElse(null);
        record(new TicketEdited(UUID.randomUUID(), id, changes, actor, now));
        touch(now, true);
    }

    /** {@link #recordComment(CommentId, Actor, boolean, Channel, Clock)} for a comment written on the web. */
    public void recordComment(CommentId commentId, Actor author, boolean internal, Clock clock) {
        recordComment(commentId, author, internal, Channel.WEB, clock);
    }

    /**
     * Applies the conversation's rules for a new comment written through {@code channel} (its text is kept by the
     * conversation): the first public staff comment is the first response and stops that SLA clock; a customer
     * answering while the ticket waits on them puts it back in progress. The channel changes none of these rules.
     *
     * @throws TicketRuleViolation on field "internal" if a customer tries to write an internal comment
     */
    public void recordComment(CommentId commentId, Actor author, boolean internal, Channel channel, Clock clock) {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channel, "channel");
        if (internal && author.role() == Role.CUSTOMER) {
            throw new TicketRuleViolation("internal", "customers cannot write internal comments");
        }
        Instant now = clock.instant();
        record(new CommentAdded(UUID.randomUUID(), id, commentId, author, internal, channel, now));
        if (author.isStaff() && !internal && firstRespondedAt == null) {
            firstRespondedAt = now;
            sla = sla.firstResponded(now);
        }
        if (author.role() == Role.CUSTOMER && status == TicketStatus.WAITING_ON_CUSTOMER
                && status.canMoveTo(TicketStatus.IN_PROGRESS)) {
            changeStatus(TicketStatus.IN_PROGRESS, author, now);
        }
        touch(now, !internal);
    }

    /**
     * Records a file attached to the ticket (or removed from it). Attachments do not move the SLA clocks: a file
     * says nothing a comment does not; a public one counts as a change the customer sees.
     */
    public void recordAttachment(long attachmentId, String fileName, boolean internal, Actor actor, Clock clock) {
        Instant now = clock.instant();
        record(new AttachmentAdded(UUID.randomUUID(), id, attachmentId, fileName, internal, actor, now));
        touch(now, !internal);
    }

    public void recordAttachmentRemoved(long attachmentId, String fileName, boolean internal, Actor actor,
                                        Clock clock) {
        Instant now = clock.instant();
        record(new AttachmentRemoved(UUID.randomUUID(), id, attachmentId, fileName, internal, actor, now));
        touch(now, !internal);
    }

    /**
     * Records {@link SlaAtRisk} and {@link SlaBreached} for running clocks that have crossed into those states, each
     * once per clock (a clock found already breached gets only the breach). Meant for a periodic job; it is not an
     * edit, so it leaves {@link #updatedAt()} alone.
     */
    public void checkSla(Clock clock) {
        Instant now = clock.instant();
        TicketSla.Escalation escalation = sla.escalate(now);
        sla = escalation.sla();
        for (TicketSla.Escalation.Found found : escalation.found()) {
            record(found.breached() ? new SlaBreached(UUID.randomUUID(), id, found.kind(), found.dueAt(), now)
                    : new SlaAtRisk(UUID.randomUUID(), id, found.kind(), found.dueAt(), now));
        }
    }

    public SlaStatus firstResponseSla(Clock clock) {
        return SlaStatus.of(SlaClockKind.FIRST_RESPONSE, sla.firstResponse(), clock.instant());
    }

    public SlaStatus resolutionSla(Clock clock) {
        return SlaStatus.of(SlaClockKind.RESOLUTION, sla.resolution(), clock.instant());
    }

    /** Returns the events recorded since the last call, oldest first, and forgets them. */
    public List<TicketEvent> pullEvents() {
        List<TicketEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public TicketId id() {
        return id;
    }

    public TicketNumber number() {
        return number;
    }

    public Title title() {
        return title;
    }

    public Description description() {
        return description;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public CategoryCode category() {
        return category;
    }

    public Tags tags() {
        return tags;
    }

    public UserId requester() {
        return requester;
    }

    public Optional<UserId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<TeamId> team() {
        return Optional.ofNullable(team);
    }

    public TicketType type() {
        return type;
    }

    public Optional<ProjectId> project() {
        return Optional.ofNullable(project);
    }

    public TicketChannel channel() {
        return channel;
    }

    public CustomFields customFields() {
        return customFields;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public SlaClock firstResponseClock() {
        return sla.firstResponse();
    }

    public SlaClock resolutionClock() {
        return sla.resolution();
    }

    public TicketSla sla() {
        return sla;
    }

    public long version() {
        return version;
    }

    public CustomerView customerView() {
        return customerView;
    }

    /** The version this viewer's ETag carries: internal activity moves it only for those who may see it. */
    public long versionSeenBy(Actor viewer) {
        return TicketPermissions.canSeeInternalNotes(viewer) ? version : customerView.version();
    }

    /** When the ticket last changed as far as this viewer can see. */
    public Instant updatedAtSeenBy(Actor viewer) {
        return TicketPermissions.canSeeInternalNotes(viewer) ? updatedAt : customerView.updatedAt();
    }

    /** Tickets are entities: the same id is the same ticket, whatever state each copy is in. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Ticket[" + number.value() + ", " + status.code() + "]";
    }

    private void touch(Instant now, boolean seenByCustomer) {
        updatedAt = now;
        if (seenByCustomer) {
            customerView = new CustomerView(customerView.version() + (customerViewMoved ? 0 : 1), now);
            customerViewMoved = true;
        }
    }

    private void changeStatus(TicketStatus target, Actor actor, Instant now) {
        changeStatus(target, actor, now, Optional.empty());
    }

    private void changeStatus(TicketStatus target, Actor actor, Instant now, Optional<String> reason) {
        TicketStatus from = status;
        if (!from.canMoveTo(target)) {
            throw new InvalidTransitionException(from, target, from.allowedTargets());
        }
        if (from == TicketStatus.ASSIGNED && target == TicketStatus.OPEN && assignee != null) {
            dropAssignee(actor, now);
        }
        if (from.pausesResolution() && !target.pausesResolution()) {
            sla = sla.resolutionResumed(now);
        } else if (!from.pausesResolution() && target.pausesResolution()) {
            sla = sla.resolutionPaused(now);
        }
        switch (target) {
            case RESOLVED -> {
                resolvedAt = now;
                stopClocks(now);
            }
            case CLOSED -> {
                closedAt = now;
                stopClocks(now);
            }
            case REOPENED -> {
                resolvedAt = null;
                closedAt = null;
                sla = sla.reopened(now);
            }
            default -> {
                // Other statuses carry no timestamps or clock changes of their own.
            }
        }
        status = target;
        record(new StatusChanged(UUID.randomUUID(), id, from, target, actor, now, reason));
    }

    private void stopClocks(Instant now) {
        sla = sla.stopped(now);
    }

    private void dropAssignee(Actor actor, Instant now) {
        UserId previous = assignee;
        assignee = null;
        record(new TicketUnassigned(UUID.randomUUID(), id, previous, actor, now));
    }

    private boolean applyTargets(SlaTargets targets, Instant now) {
        TicketSla retargeted = sla.retargeted(targets, now);
        boolean changed = !retargeted.equals(sla);
        sla = retargeted;
        return changed;
    }

    private static List<FieldChange> customFieldChanges(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            boolean changed = before.containsKey(key) != after.containsKey(key)
                    || !Objects.equals(before.get(key), after.get(key));
            if (changed) {
                changes.add(new FieldChange("customFields." + key, render(before, key), render(after, key)));
            }
        }
        return changes;
    }

    private static String render(Map<String, Object> fields, String key) {
        return fields.containsKey(key) ? String.valueOf(fields.get(key)) : null;
    }

    private void record(TicketEvent event) {
        events.add(event);
    }
}
