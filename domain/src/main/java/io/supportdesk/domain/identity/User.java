package io.supportdesk.domain.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An account: a customer who opens tickets or a staff member (agent, manager, admin) who works them.
 *
 * <p>The email is the sign-in name and never changes here; the role decides what the user may do; an inactive
 * user can neither sign in nor use a token issued before the deactivation. Skills belong to staff only (they route
 * tickets), so a customer has none and demoting staff to customer drops them. Rules that span users — the last
 * active admin, who may grant admin — are the application's, which sees all users.
 */
public final class User {

    private final UserId id;
    private final EmailAddress email;
    private final Instant createdAt;
    private final long version;
    private FullName fullName;
    private PasswordHash passwordHash;
    private Role role;
    private boolean active;
    private Skills skills;
    private Instant updatedAt;

    private User(UserSnapshot s) {
        this.id = s.id();
        this.email = s.email();
        this.fullName = s.fullName();
        this.passwordHash = s.passwordHash();
        this.role = s.role();
        this.active = s.active();
        this.skills = s.skills();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
    }

    /** A customer signing themself up. */
    public static User register(UserId id, EmailAddress email, FullName fullName, PasswordHash passwordHash,
                                Clock clock) {
        return create(id, email, fullName, passwordHash, Role.CUSTOMER, Skills.none(), clock);
    }

    /** An account of any role, as an administrator sets one up. */
    public static User create(UserId id, EmailAddress email, FullName fullName, PasswordHash passwordHash, Role role,
                              Skills skills, Clock clock) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skills, "skills");
        if (role == Role.CUSTOMER && !skills.isEmpty()) {
            throw new IdentityRuleViolation("skills", "only staff have skills");
        }
        Instant now = clock.instant();
        return new User(new UserSnapshot(id, email, fullName, passwordHash, role, true, skills, now, now, 0));
    }

    public static User restore(UserSnapshot snapshot) {
        return new User(Objects.requireNonNull(snapshot, "snapshot"));
    }

    public UserSnapshot snapshot() {
        return new UserSnapshot(id, email, fullName, passwordHash, role, active, skills, createdAt, updatedAt,
                version);
    }

    public void rename(FullName newName, Clock clock) {
        Objects.requireNonNull(newName, "newName");
        if (!newName.equals(fullName)) {
            fullName = newName;
            touch(clock);
        }
    }

    public void changePassword(PasswordHash newHash, Clock clock) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        touch(clock);
    }

    /** Moves the user to another role; a customer keeps no skills. */
    public void changeRole(Role newRole, Clock clock) {
        Objects.requireNonNull(newRole, "newRole");
        if (newRole == role) {
            return;
        }
        role = newRole;
        if (newRole == Role.CUSTOMER) {
            skills = Skills.none();
        }
        touch(clock);
    }

    public void changeSkills(Skills newSkills, Clock clock) {
        Objects.requireNonNull(newSkills, "newSkills");
        if (role == Role.CUSTOMER && !newSkills.isEmpty()) {
            throw new IdentityRuleViolation("skills", "only staff have skills");
        }
        if (!newSkills.equals(skills)) {
            skills = newSkills;
            touch(clock);
        }
    }

    public void deactivate(Clock clock) {
        if (active) {
            active = false;
            touch(clock);
        }
    }

    public void reactivate(Clock clock) {
        if (!active) {
            active = true;
            touch(clock);
        }
    }

    /** Whether this user counts towards "at least one active admin". */
    public boolean isActiveAdmin() {
        return active && role == Role.ADMIN;
    }

    /** The user acting in their current role. */
    public Actor asActor() {
        return new Actor(id, role);
    }

    private void touch(Clock clock) {
        updatedAt = clock.instant();
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public FullName fullName() {
        return fullName;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public Skills skills() {
        return skills;
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

    @Override
    public String toString() {
        return "User[" + id.value() + ", " + role.code() + (active ? "" : ", inactive") + "]";
    }
}
