package io.supportdesk.domain.team;

import io.supportdesk.domain.identity.TeamId;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.assignment.AssignmentStrategies;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A team of agents that tickets are routed to: its queue, the calendar its SLA time counts in (none: 24×7) and how
 * new work is handed out (the assignment strategy, and whether a ticket arriving in the queue is assigned at once).
 * Members are kept apart ({@link TeamMember}): a team is edited without loading who is in it.
 */
public final class Team {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final TeamId id;
    private String name;
    private String description;
    private boolean active;
    private ZoneId timeZone;
    private BusinessCalendarId calendar;
    private String strategy;
    private boolean autoAssign;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    /** Everything a team is, as stored. */
    public record Snapshot(TeamId id, String name, String description, boolean active, ZoneId timeZone,
                           Optional<BusinessCalendarId> calendar, String strategy, boolean autoAssign,
                           Instant createdAt, Instant updatedAt, long version) {
    }

    private Team(Snapshot s) {
        this.id = s.id();
        this.name = name(s.name());
        this.description = description(s.description());
        this.active = s.active();
        this.timeZone = Objects.requireNonNull(s.timeZone(), "timeZone");
        this.calendar = s.calendar().orElse(null);
        this.strategy = strategy(s.strategy());
        this.autoAssign = s.autoAssign();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.version = s.version();
    }

    /** A new team, active, without an id until stored. */
    public static Team create(String name, String description, ZoneId timeZone, Optional<BusinessCalendarId> calendar,
                              String strategy, boolean autoAssign, Clock clock) {
        Instant now = clock.instant();
        return new Team(new Snapshot(null, name, description, true, timeZone, calendar, strategy, autoAssign, now, now,
                0));
    }

    public static Team restore(Snapshot snapshot) {
        Objects.requireNonNull(snapshot.id(), "id");
        return new Team(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, name, description, active, timeZone, calendar(), strategy, autoAssign, createdAt,
                updatedAt, version);
    }

    /** Changes what is given (empty: unchanged); {@code calendar} present but empty means "no calendar: 24×7". */
    public void change(Optional<String> newName, Optional<String> newDescription, Optional<Boolean> newActive,
                       Optional<ZoneId> newTimeZone, Optional<Optional<BusinessCalendarId>> newCalendar,
                       Optional<String> newStrategy, Optional<Boolean> newAutoAssign, Clock clock) {
        String nextName = newName.map(Team::name).orElse(name);
        String nextDescription = newDescription.map(Team::description).orElse(description);
        String nextStrategy = newStrategy.map(Team::strategy).orElse(strategy);
        name = nextName;
        description = nextDescription;
        strategy = nextStrategy;
        active = newActive.orElse(active);
        timeZone = newTimeZone.orElse(timeZone);
        if (newCalendar.isPresent()) {
            calendar = newCalendar.get().orElse(null);
        }
        autoAssign = newAutoAssign.orElse(autoAssign);
        updatedAt = clock.instant();
    }

    /** Parses a time zone id as users type it ("Europe/Berlin", "UTC"). */
    public static ZoneId timeZone(String id) {
        if (id == null || id.isBlank()) {
            throw new TeamRuleViolation("time_zone", "is required: an IANA name such as Europe/Berlin");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new TeamRuleViolation("time_zone", "unknown time zone '" + id
                    + "'; use an IANA name such as Europe/Berlin");
        }
    }

    /** The name, stripped: 1 to 100 characters of plain text. */
    public static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        PlainText.problemInLine(stripped).ifPresent(problem -> {
            throw new TeamRuleViolation("name", problem);
        });
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new TeamRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** The description, possibly empty, at most 1000 characters. */
    public static String description(String description) {
        String stripped = description == null ? "" : description.strip();
        PlainText.problemInText(stripped).ifPresent(problem -> {
            throw new TeamRuleViolation("description", problem);
        });
        if (stripped.length() > MAX_DESCRIPTION_LENGTH) {
            throw new TeamRuleViolation("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return stripped;
    }

    /** One of the assignment strategies, in lower case. */
    public static String strategy(String strategy) {
        String normalised = strategy == null ? "" : strategy.strip().toLowerCase(Locale.ROOT);
        if (!AssignmentStrategies.NAMES.contains(normalised)) {
            throw new TeamRuleViolation("assignment_strategy", "unknown strategy '" + strategy + "'; allowed: "
                    + String.join(", ", AssignmentStrategies.NAMES));
        }
        return normalised;
    }

    public TeamId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Optional<BusinessCalendarId> calendar() {
        return Optional.ofNullable(calendar);
    }

    public String strategy() {
        return strategy;
    }

    /** Whether a ticket arriving unassigned in this team's queue is assigned at once, by {@link #strategy()}. */
    public boolean autoAssign() {
        return autoAssign;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
