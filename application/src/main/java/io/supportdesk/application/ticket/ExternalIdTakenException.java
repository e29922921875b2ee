package io.supportdesk.application.ticket;

/** Another ticket was imported under this external id in between (two imports of the same file at once). */
public final class ExternalIdTakenException extends RuntimeException {

    public ExternalIdTakenException(String externalId) {
        super("external id '" + externalId + "' was imported meanwhile by another import");
    }
}
