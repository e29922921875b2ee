package io.supportdesk.domain.attachment;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentRulesTest {

    private static final Instant UPLOADED = Instant.parse("2026-12-04T10:00:00Z");
    private final Actor customer = new Actor(new UserId(1), Role.CUSTOMER);
    private final Actor otherCustomer = new Actor(new UserId(2), Role.CUSTOMER);
    private final Actor agent = new Actor(new UserId(3), Role.AGENT);

    private Attachment attachment(boolean internal, UserId by) {
        return new Attachment(new AttachmentId(1), new TicketId(1), Optional.empty(), FileName.of("a.pdf"),
                "application/pdf", 10, new ContentHash("a".repeat(64)), internal, by, UPLOADED);
    }

    @Test
    void internal_files_are_seen_by_exactly_those_who_see_internal_notes() {
        for (Role role : Role.values()) {
            Actor actor = new Actor(new UserId(9), role);
            assertEquals(role.isStaff(), AttachmentPermissions.canSee(actor, attachment(true, agent.id())), role.name());
            assertTrue(AttachmentPermissions.canSee(actor, attachment(false, agent.id())));
        }
    }

    @Test
    void an_uploader_takes_a_file_back_within_fifteen_minutes_staff_at_any_time() {
        Attachment own = attachment(false, customer.id());
        assertTrue(AttachmentPermissions.mayDelete(customer, own, UPLOADED.plus(Duration.ofMinutes(14))));
        assertFalse(AttachmentPermissions.mayDelete(customer, own, UPLOADED.plus(Duration.ofMinutes(15))));
        assertFalse(AttachmentPermissions.mayDelete(otherCustomer, own, UPLOADED));
        assertTrue(AttachmentPermissions.mayDelete(agent, own, UPLOADED.plus(Duration.ofDays(30))));
        assertThrows(TicketAccessDenied.class, () -> AttachmentPermissions.checkDelete(otherCustomer, own, UPLOADED));
        assertThrows(TicketAccessDenied.class, () -> AttachmentPermissions.checkUpload(customer, true));
    }

    @Test
    void limits_name_the_file_they_refuse() {
        AttachmentLimits limits = AttachmentLimits.DEFAULTS;
        limits.checkFileSize("ok.pdf", 10L * 1024 * 1024);
        AttachmentRuleViolation big = assertThrows(AttachmentRuleViolation.class,
                () -> limits.checkFileSize("big.pdf", 10L * 1024 * 1024 + 1));
        assertEquals(AttachmentRuleViolation.Kind.FILE_TOO_LARGE, big.kind());
        assertEquals("big.pdf", big.fileName());
        assertTrue(big.getMessage().contains("10 MB"), big.getMessage());
        assertEquals(AttachmentRuleViolation.Kind.TOO_MANY_FILES,
                assertThrows(AttachmentRuleViolation.class, () -> limits.checkFileCount(6)).kind());
        assertEquals(AttachmentRuleViolation.Kind.NO_FILES,
                assertThrows(AttachmentRuleViolation.class, () -> limits.checkFileCount(0)).kind());
        assertEquals(AttachmentRuleViolation.Kind.TICKET_FULL, assertThrows(AttachmentRuleViolation.class,
                () -> limits.checkTicketTotal("x", 95L * 1024 * 1024, 6L * 1024 * 1024)).kind());
        assertEquals(AttachmentRuleViolation.Kind.COMMENT_FULL, assertThrows(AttachmentRuleViolation.class,
                () -> limits.checkCommentCount("x", 20, 1)).kind());
    }

    @Test
    void the_allow_list_takes_exact_types_and_families_and_ignores_parameters() {
        AllowedContentTypes types = AllowedContentTypes.parse("image/*, application/pdf");
        assertTrue(types.allows("image/png"));
        assertTrue(types.allows("application/pdf; version=1.7"));
        assertFalse(types.allows("application/x-msdownload"));
        assertFalse(AllowedContentTypes.DEFAULTS.allows("image/svg+xml"), "SVG runs scripts");
        AttachmentRuleViolation refused = assertThrows(AttachmentRuleViolation.class,
                () -> AllowedContentTypes.DEFAULTS.check("invoice.pdf", "application/x-msdownload"));
        assertEquals(AttachmentRuleViolation.Kind.TYPE_NOT_ALLOWED, refused.kind());
        assertTrue(refused.getMessage().contains("application/x-msdownload"));
    }
}
