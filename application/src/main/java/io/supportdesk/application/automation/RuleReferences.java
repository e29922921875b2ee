package io.supportdesk.application.automation;

import io.supportdesk.application.notification.template.RuleEmail;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.automation.Action;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleDefinitionRejected;
import io.supportdesk.domain.automation.RuleViolation;
import io.supportdesk.domain.webhook.WebhookId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a submitted rule: {@link RuleDefinition#parse} (every problem named by its path), then what it names is
 * looked up: a team, an assignee, a webhook or an email template that does not exist is a problem at the same path,
 * said when the rule is saved or tried rather than discovered as a failed action on the first ticket. (One removed
 * later fails its action then, and the run says so.)
 */
public final class RuleReferences {

    private final TeamRepository teams;
    private final TicketParticipants participants;
    private final WebhookRepository webhooks;

    public RuleReferences(TeamRepository teams, TicketParticipants participants, WebhookRepository webhooks) {
        this.teams = teams;
        this.participants = participants;
        this.webhooks = webhooks;
    }

    /** Parsed, and everything it names exists. */
    public RuleDefinition checked(Map<String, Object> document) {
        RuleDefinition definition = RuleDefinition.parse(document).orElseThrow();
        List<RuleViolation> missing = new ArrayList<>();
        List<Action> actions = definition.actions();
        for (int i = 0; i < actions.size(); i++) {
            String at = "actions[" + i + "].";
            switch (actions.get(i)) {
                case Action.SetTeam set when teams.find(set.team()).isEmpty() ->
                        missing.add(new RuleViolation(at + "value", "no team with id " + set.team().value()));
                case Action.SetAssignee(Action.AssigneeChoice.Agent agent) when participants.find(agent.user())
                        .filter(p -> p.active() && p.role().isStaff()).isEmpty() ->
                        missing.add(new RuleViolation(at + "value", "no active staff member with id "
                                + agent.user().value()));
                case Action.CallWebhook call when webhooks.findById(new WebhookId(call.webhook().value()))
                        .isEmpty() -> missing.add(new RuleViolation(at + "webhook_id", "no webhook with id "
                        + call.webhook().value()));
                case Action.SendEmail send when RuleEmail.Template.fromCode(send.template()).isEmpty() ->
                        missing.add(new RuleViolation(at + "template", "no email template '" + send.template()
                                + "'; known: " + String.join(", ", RuleEmail.Template.codes())));
                default -> {
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleDefinitionRejected(missing);
        }
        return definition;
    }

}
