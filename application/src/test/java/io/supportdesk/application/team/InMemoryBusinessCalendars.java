package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Calendars for use-case tests; passes {@link BusinessCalendarsContract}. It asks the teams it is given which
 * calendars are in use, as the table's foreign key does.
 */
public final class InMemoryBusinessCalendars implements BusinessCalendars {

    private static final Comparator<StoredCalendar> BY_NAME = Comparator
            .comparing((StoredCalendar calendar) -> calendar.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(calendar -> calendar.id().value());

    private final TeamRepository teams;
    private final Map<BusinessCalendarId, StoredCalendar> rows = new HashMap<>();
    private long sequence;

    public InMemoryBusinessCalendars(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public synchronized StoredCalendar add(String name, BusinessCalendar calendar, Instant now) {
        refuseTakenName(name, null);
        StoredCalendar stored = new StoredCalendar(new BusinessCalendarId(++sequence), name, calendar, now);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized StoredCalendar replace(BusinessCalendarId id, String name, BusinessCalendar calendar,
                                               Instant now) {
        if (!rows.containsKey(id)) {
            throw new TeamNotFoundException("no business calendar with id " + id.value());
        }
        refuseTakenName(name, id);
        StoredCalendar stored = new StoredCalendar(id, name, calendar, now);
        rows.put(id, stored);
        return stored;
    }

    @Override
    public synchronized Optional<StoredCalendar> find(BusinessCalendarId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<StoredCalendar> all() {
        return rows.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public synchronized boolean delete(BusinessCalendarId id) {
        StoredCalendar stored = rows.get(id);
        if (stored == null) {
            return false;
        }
        if (teams.all().stream().anyMatch(team -> team.calendar().equals(Optional.of(id)))) {
            throw new TeamConflictException("calendar '" + stored.name()
                    + "' is used by a team; give the team another calendar first");
        }
        rows.remove(id);
        return true;
    }

    private void refuseTakenName(String name, BusinessCalendarId self) {
        String key = name.toLowerCase(Locale.ROOT);
        if (rows.values().stream().anyMatch(row -> !row.id().equals(self)
                && row.name().toLowerCase(Locale.ROOT).equals(key))) {
            throw new TeamConflictException("a calendar named '" + name + "' already exists");
        }
    }
}
