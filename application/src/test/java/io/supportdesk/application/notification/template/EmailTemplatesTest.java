package io.supportdesk.application.notification.template;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailTemplatesTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" 'too'";
    private static final TicketNumber NUMBER = new TicketNumber("TKT-000123");
    private static final Instant DUE = Instant.parse("2026-03-02T13:00:00Z");
    private static final TemplateContext CONTEXT = TemplateContext.of("https://help.example.com/", ZoneOffset.UTC);

    private static List<EmailTemplate> everyTemplateWith(String userText) {
        Title title = new Title(userText);
        return List.of(
                new TicketCreatedEmail(userText, NUMBER, title, Priority.HIGH, DUE),
                new TicketAssignedEmail(userText, NUMBER, title, Priority.HIGH, TicketStatus.ASSIGNED, userText, DUE),
                new StaffReplyEmail(userText, NUMBER, title,
                        Replies.one(new ReplyText(userText, Optional.of(userText)))),
                new CustomerReplyEmail(userText, NUMBER, title, new Replies(List.of(
                        new ReplyText(userText, Optional.of(userText)), new ReplyText(userText, Optional.empty())), 2)),
                new TicketResolvedEmail(userText, NUMBER, title, userText, Duration.ofDays(7)),
                new SlaAlertEmail(userText, NUMBER, title, Priority.URGENT, SlaClockKind.RESOLUTION, DUE, true,
                        Optional.of(userText)),
                new DailyDigestEmail(userText, LocalDate.of(2026, 3, 2), Map.of(TicketStatus.OPEN, 1),
                        List.of(new DailyDigestEmail.UrgentTicket(NUMBER, title, Priority.URGENT, TicketStatus.OPEN,
                                DUE))));
    }

    @Test
    void everything_user_written_is_escaped_in_the_html_and_left_as_written_in_the_text() {
        for (EmailTemplate template : everyTemplateWith(HOSTILE)) {
            RenderedEmail email = template.render(CONTEXT);
            String name = template.getClass().getSimpleName();
            assertFalse(email.html().contains("<script>"), name + ": " + email.html());
            assertFalse(email.html().contains("\"quotes\""), name);
            assertTrue(email.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;"),
                    name + ": " + email.html());
            assertTrue(email.text().contains(HOSTILE), name + ": " + email.text());
        }
    }

    @Test
    void replies_gathered_in_the_window_make_one_email_quoting_the_newest_under_their_authors() {
        List<ReplyText> newest = new java.util.ArrayList<>();
        for (int i = 3; i <= 12; i++) {
            newest.add(new ReplyText(i % 2 == 0 ? "Carla" : "Dan", Optional.of("reply number " + i)));
        }

        RenderedEmail email = new CustomerReplyEmail("Alex", NUMBER, new Title("Printer on fire"),
                new Replies(newest, 12)).render(CONTEXT);

        assertEquals("[TKT-000123] 12 new replies: Printer on fire", email.subject());
        assertTrue(email.text().contains("12 new replies on ticket TKT-000123 (Printer on fire):"), email.text());
        assertTrue(email.text().contains("2 earlier replies are on the ticket page"), email.text());
        assertTrue(email.text().contains("Dan wrote:\n\n> reply number 3"), email.text());
        assertTrue(email.text().contains("Carla wrote:\n\n> reply number 12"), email.text());
        assertFalse(email.text().contains("reply number 2\n"), email.text());
    }

    @Test
    void ticket_subjects_carry_the_number_in_brackets_and_the_title() {
        for (EmailTemplate template : everyTemplateWith("Printer on fire")) {
            if (template instanceof DailyDigestEmail) {
                continue;
            }
            String subject = template.render(CONTEXT).subject();
            assertTrue(subject.startsWith("[TKT-000123] "), subject);
            assertTrue(subject.endsWith(": Printer on fire"), subject);
        }
    }

    @Test
    void links_are_built_from_the_public_base_url() {
        RenderedEmail email = new TicketCreatedEmail("Ann", NUMBER, new Title("Printer on fire"), Priority.LOW, DUE)
                .render(CONTEXT);

        assertTrue(email.text().contains("View your ticket: https://help.example.com/tickets/TKT-000123"),
                email.text());
        assertTrue(email.html().contains("href=\"https://help.example.com/tickets/TKT-000123\""), email.html());
    }

    @Test
    void times_are_shown_in_the_configured_zone() {
        TemplateContext vienna = TemplateContext.of("http://localhost:8080", ZoneId.of("Europe/Vienna"));

        assertEquals("Mon 2 Mar 2026, 14:00 CET", vienna.time(DUE));
        assertEquals("http://localhost:8080/tickets/TKT-000123", vienna.ticketUrl(NUMBER));
    }

    @Test
    void the_html_is_a_whole_document_and_the_text_has_a_signature_separator() {
        RenderedEmail email = new TicketResolvedEmail("Ann", NUMBER, new Title("Printer on fire"), "Alex",
                Duration.ofDays(7)).render(CONTEXT);

        assertTrue(email.html().startsWith("<!DOCTYPE html>"));
        assertTrue(email.html().contains("<meta charset=\"utf-8\">"));
        assertTrue(email.text().contains("\n-- \n"));
    }

    @Test
    void the_escaping_function_replaces_the_five_special_characters_and_nothing_else() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; ünïcødé ✓",
                Html.escape("<a href=\"x\">Tom & Jerry's</a> ünïcødé ✓"));
        assertEquals("", Html.escape(null));
    }
}
