package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;

/**
 * Who may do what with accounts, in one place: admins manage them, managers read them, staff see the agents'
 * workloads. Routes declare the same rules; these checks hold for any other caller of the use cases too.
 */
final class IdentityAccess {

    private IdentityAccess() {
    }

    static void requireAdmin(Actor actor, String what) {
        if (actor.role() != Role.ADMIN) {
            throw new NotPermittedException("only an admin may " + what);
        }
    }

    static boolean mayReadAllUsers(Actor actor) {
        return actor.role().isSupervisor();
    }

    static void requireUserReader(Actor actor) {
        if (!mayReadAllUsers(actor)) {
            throw new NotPermittedException("only managers and admins may list users");
        }
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new NotPermittedException("only staff may see agents and their queues");
        }
    }
}
