package io.supportdesk.application.notification.template;

/**
 * One kind of email and the data it shows. Each implementation renders a subject carrying the ticket number (such
 * as {@code [TKT-000123]}), a plain-text body and an HTML alternative with everything user-written escaped.
 */
public sealed interface EmailTemplate permits TicketCreatedEmail, TicketAssignedEmail, StaffReplyEmail,
        CustomerReplyEmail, TicketResolvedEmail, SlaAlertEmail, DailyDigestEmail, TicketQueuedEmail,
        TeamQueueDigestEmail, RuleEmail {

    RenderedEmail render(TemplateContext context);

    String CUSTOMER_FOOTER = "You receive this email because you asked Supportdesk for help.";
    String STAFF_FOOTER = "You receive this email as a member of the support team.";
    String OPTIONAL_FOOTER = " You can turn these emails off in your notification settings.";
}
