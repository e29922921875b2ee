package io.supportdesk.adapter.persistence.sla;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.Holiday;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored form of a {@link BusinessCalendar}, in {@code business_calendars.definition} and in the copy each ticket
 * counts its SLA in ({@code tickets.sla_calendar}); null stands for 24×7. Every ticket read parses its copy, and most
 * tickets share a handful of calendars, so parsed calendars are remembered by their text (bounded).
 * <pre>{"time_zone": "Europe/Berlin", "week": {"monday": [{"from": "09:00", "to": "17:00"}]},
 *  "holidays": [{"date": "2026-12-25", "yearly": true}]}</pre>
 */
@Singleton
public final class BusinessCalendarJson {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final int REMEMBERED = 256;

    private final JsonMapper json;
    private final Map<String, BusinessCalendar> parsed = new ConcurrentHashMap<>();

    public BusinessCalendarJson(JsonMapper json) {
        this.json = json;
    }

    /** Null for 24×7. */
    public String write(BusinessCalendar calendar) {
        if (calendar.isAlwaysOpen()) {
            return null;
        }
        Map<String, Object> week = new LinkedHashMap<>();
        calendar.week().forEach((day, hours) -> week.put(day.name().toLowerCase(Locale.ROOT), hours.stream()
                .map(h -> Map.of("from", h.from().toString(), "to", h.to().toString())).toList()));
        List<Map<String, Object>> holidays = calendar.holidays().stream()
                .map(h -> Map.<String, Object>of("date", h.date().toString(), "yearly", h.yearly())).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("time_zone", calendar.zone().getId());
        document.put("week", week);
        document.put("holidays", holidays);
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a business calendar as JSON", e);
        }
    }

    /** 24×7 for null. */
    public BusinessCalendar read(String text) {
        if (text == null || text.isBlank()) {
            return BusinessCalendar.ALWAYS_OPEN;
        }
        BusinessCalendar known = parsed.get(text);
        if (known != null) {
            return known;
        }
        BusinessCalendar calendar = parse(text);
        if (parsed.size() >= REMEMBERED) {
            parsed.clear();
        }
        parsed.put(text, calendar);
        return calendar;
    }

    @SuppressWarnings("unchecked")
    private BusinessCalendar parse(String text) {
        Map<String, Object> document;
        try {
            document = json.readValue(text, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored business calendar", e);
        }
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        ((Map<String, Object>) document.getOrDefault("week", Map.of())).forEach((day, ranges) -> {
            List<OpeningHours> hours = new ArrayList<>();
            for (Object range : (List<Object>) ranges) {
                Map<String, Object> r = (Map<String, Object>) range;
                hours.add(new OpeningHours(LocalTime.parse((String) r.get("from")),
                        LocalTime.parse((String) r.get("to"))));
            }
            week.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), hours);
        });
        List<Holiday> holidays = new ArrayList<>();
        for (Object holiday : (List<Object>) document.getOrDefault("holidays", List.of())) {
            Map<String, Object> h = (Map<String, Object>) holiday;
            holidays.add(new Holiday(LocalDate.parse((String) h.get("date")), Boolean.TRUE.equals(h.get("yearly"))));
        }
        return BusinessCalendar.of(ZoneId.of((String) document.get("time_zone")), week, holidays);
    }
}
