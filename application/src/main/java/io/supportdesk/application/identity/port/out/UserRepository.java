package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.util.List;
import java.util.Optional;

/** Stores and loads user accounts, guarding concurrent edits with the user's version. */
public interface UserRepository {

    /** Reserves the id of a user about to be created; unique across every running instance. */
    UserId nextId();

    /**
     * Inserts a new user (version 0) or updates an existing one whose stored version equals the user's.
     *
     * @return the user as stored, carrying its new version
     * @throws io.supportdesk.application.identity.EmailTakenException when another user has the email
     * @throws io.supportdesk.application.identity.StaleUserException when someone else saved the user in between
     */
    User save(User user);

    Optional<User> findById(UserId id);

    /** Looks the address up in its normalised form (trimmed, lower-cased); empty for anything not an address. */
    Optional<User> findByEmail(String email);

    /** One page of the users matching {@code search}, ordered by id. */
    List<User> search(UserSearch search, long offset, int limit);

    long count(UserSearch search);

    /**
     * Counts active admins and, inside a unit of work, holds them (and the count itself) until it ends, so two admins
     * demoting each other at the same moment cannot both succeed and leave none, and two instances starting on an
     * empty database cannot both provision a first admin: the second waits, then counts the first's.
     */
    long countActiveAdminsForUpdate();
}
