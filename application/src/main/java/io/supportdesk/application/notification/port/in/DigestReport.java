package io.supportdesk.application.notification.port.in;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a digest round did: for which day it queued digests and how many, or nothing when it is not time yet (or
 * this instance already did today's).
 */
public record DigestReport(Optional<LocalDate> day, int queued) {

    public static final DigestReport NOT_DUE = new DigestReport(Optional.empty(), 0);
}
