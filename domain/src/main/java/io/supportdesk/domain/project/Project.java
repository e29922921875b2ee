package io.supportdesk.domain.project;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.TeamId;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A body of work tickets may belong to (a product, a customer's account, a website): a unique key, a name, an
 * optional default team new tickets of the project join, and whether the project numbers its tickets with its own
 * key ({@code WEB-000123}; ids stay global). The key is fixed once the project has tickets.
 */
public final class Project {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final ProjectId id;
    private ProjectKey key;
    private String name;
    private String description;
    private boolean active;
    private TeamId defaultTeam;
    private boolean ownNumbers;
    private final Instant createdAt;
    private Instant updatedAt;

    /** Everything a project is, as stored. */
    public record Snapshot(ProjectId id, ProjectKey key, String name, String description, boolean active,
                           Optional<TeamId> defaultTeam, boolean ownNumbers, Instant createdAt, Instant updatedAt) {
    }

    private Project(Snapshot s) {
        this.id = s.id();
        this.key = Objects.requireNonNull(s.key(), "key");
        this.name = name(s.name());
        this.description = description(s.description());
        this.active = s.active();
        this.defaultTeam = s.defaultTeam().orElse(null);
        this.ownNumbers = s.ownNumbers();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    public static Project create(ProjectKey key, String name, String description, Optional<TeamId> defaultTeam,
                                 boolean ownNumbers, Clock clock) {
        Instant now = clock.instant();
        return new Project(new Snapshot(null, key, name, description, true, defaultTeam, ownNumbers, now, now));
    }

    public static Project restore(Snapshot snapshot) {
        Objects.requireNonNull(snapshot.id(), "id");
        return new Project(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, key, name, description, active, defaultTeam(), ownNumbers, createdAt, updatedAt);
    }

    /**
     * Changes what is given; {@code newDefaultTeam} present but empty removes the default team.
     *
     * @param hasTickets whether tickets belong to it: its key is then fixed
     */
    public void change(Optional<ProjectKey> newKey, Optional<String> newName, Optional<String> newDescription,
                       Optional<Boolean> newActive, Optional<Optional<TeamId>> newDefaultTeam,
                       Optional<Boolean> newOwnNumbers, boolean hasTickets, Clock clock) {
        if (newKey.isPresent() && !newKey.get().equals(key) && hasTickets) {
            throw new ProjectRuleViolation("key", "cannot change once the project has tickets");
        }
        String nextName = newName.map(Project::name).orElse(name);
        String nextDescription = newDescription.map(Project::description).orElse(description);
        key = newKey.orElse(key);
        name = nextName;
        description = nextDescription;
        active = newActive.orElse(active);
        if (newDefaultTeam.isPresent()) {
            defaultTeam = newDefaultTeam.get().orElse(null);
        }
        ownNumbers = newOwnNumbers.orElse(ownNumbers);
        updatedAt = clock.instant();
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        PlainText.problemInLine(stripped).ifPresent(problem -> {
            throw new ProjectRuleViolation("name", problem);
        });
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new ProjectRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static String description(String description) {
        String stripped = description == null ? "" : description.strip();
        PlainText.problemInText(stripped).ifPresent(problem -> {
            throw new ProjectRuleViolation("description", problem);
        });
        if (stripped.length() > MAX_DESCRIPTION_LENGTH) {
            throw new ProjectRuleViolation("description", "must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters");
        }
        return stripped;
    }

    public ProjectId id() {
        return id;
    }

    public ProjectKey key() {
        return key;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public Optional<TeamId> defaultTeam() {
        return Optional.ofNullable(defaultTeam);
    }

    /** Whether its tickets are numbered with its key ({@code WEB-000123}) instead of the desk's prefix. */
    public boolean ownNumbers() {
        return ownNumbers;
    }
}
