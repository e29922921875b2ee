package io.supportdesk.domain.identity;


import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The user on whose behalf something happens, with the role they acted in and the teams they belong to and lead as
 * they were identified (what {@link io.supportdesk.domain.ticket.TicketVisibility} scopes an agent by, and what a
 * manager supervises). An actor rebuilt from a token or from the audit trail knows no teams: it may read less, never
 * more.
 */
public record Actor(UserId id, Role role, Set<TeamId> teams, Set<TeamId> ledTeams, Optional<ActingRule> rule) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        teams = Set.copyOf(Objects.requireNonNull(teams, "teams"));
        ledTeams = Set.copyOf(Objects.requireNonNull(ledTeams, "ledTeams"));
        Objects.requireNonNull(rule, "rule");
        if (rule.isPresent() && !id.equals(UserId.SYSTEM)) {
            throw new IllegalArgumentException("only the desk itself acts for an automation rule");
        }
    }

    /** A person (or the desk) acting for nobody but themselves. */
    public Actor(UserId id, Role role, Set<TeamId> teams, Set<TeamId> ledTeams) {
        this(id, role, teams, ledTeams, Optional.empty());
    }

    public Actor(UserId id, Role role) {
        this(id, role, Set.of(), Set.of());
    }

    /** A member of these teams, leading none of them. */
    public Actor(UserId id, Role role, Set<TeamId> teams) {
        this(id, role, teams, Set.of());
    }

    /** The desk acting on its own ("Supportdesk" in the audit trail), with a supervisor's reach. */
    public static Actor system() {
        return new Actor(UserId.SYSTEM, Role.ADMIN);
    }

    public boolean isSystem() {
        return id.equals(UserId.SYSTEM);
    }

    /**
     * The desk acting for an automation rule: a supervisor's reach like {@link #system()}, but the audit trail names
     * the rule ("Rule: Escalate VIP"), not "Supportdesk".
     */
    public static Actor forRule(ActingRule rule) {
        return new Actor(UserId.SYSTEM, Role.ADMIN, Set.of(), Set.of(), Optional.of(rule));
    }

    /** The same person and role, as a member of these teams. */
    public Actor inTeams(Set<TeamId> memberOf) {
        return new Actor(id, role, memberOf, Set.of(), rule);
    }

    /** The same person and role, as a member of these teams and lead of some of them. */
    public Actor inTeams(Set<TeamId> memberOf, Set<TeamId> leading) {
        return new Actor(id, role, memberOf, leading, rule);
    }

    /** Whether this is the same person in the same role, whatever teams each was identified with. */
    public boolean isSameAs(Actor other) {
        return other != null && id.equals(other.id) && role == other.role;
    }

    /**
     * The actor an access token names, by the token contract: the subject is the numeric user id and the roles claim
     * holds exactly one role code. Empty for anything else — it is then not a token Supportdesk issued.
     */
    public static Optional<Actor> fromClaims(Object subject, Object roles) {
        if (!(subject instanceof String id) || !(roles instanceof Collection<?> codes) || codes.size() != 1
                || !(codes.iterator().next() instanceof String code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Actor(new UserId(Long.parseLong(id)), Role.fromCode(code)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    public boolean isStaff() {
        return role.isStaff();
    }
}
