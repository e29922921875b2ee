package io.supportdesk.application.identity.port.in;

/**
 * Makes sure a fresh installation can be administered: when no active admin exists, creates one (or promotes the
 * configured account). Does nothing once any active admin exists.
 */
public interface ProvisionFirstAdminUseCase {

    FirstAdminOutcome provision(ProvisionFirstAdminCommand command);
}
