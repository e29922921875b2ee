package io.supportdesk.application.notification;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** When the daily digest goes out: from {@code time} on, each day, in {@code zone}. */
public record DigestSchedule(LocalTime time, ZoneId zone, int mostUrgent) {

    public DigestSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        if (mostUrgent < 1 || mostUrgent > 20) {
            throw new IllegalArgumentException("the digest lists 1-20 urgent tickets, was " + mostUrgent);
        }
    }
}
