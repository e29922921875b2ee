package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.automation.ListRuleRunsService;
import io.supportdesk.application.automation.ManageAutomationRulesService;
import io.supportdesk.application.automation.PruneRuleRunsService;
import io.supportdesk.application.automation.RuleReferences;
import io.supportdesk.application.automation.SweepTimeRulesService;
import io.supportdesk.application.automation.TestAutomationRuleService;
import io.supportdesk.application.automation.TicketAutomation;
import io.supportdesk.application.automation.TicketRuleActions;
import io.supportdesk.application.automation.port.in.ListRuleRunsUseCase;
import io.supportdesk.application.automation.port.in.ManageAutomationRulesUseCase;
import io.supportdesk.application.automation.port.in.PruneRuleRunsUseCase;
import io.supportdesk.application.automation.port.in.SweepTimeRulesUseCase;
import io.supportdesk.application.automation.port.in.TestAutomationRuleUseCase;
import io.supportdesk.application.automation.port.out.AutomationFacts;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.application.automation.port.out.TimeRuleSchedule;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.TeamRouting;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Automation rules: the {@link TicketAutomation} every ticket change goes through (as the {@code ChangeAftermath}
 * the ticket use cases receive), the actions it applies, the admin use cases and the time-rule sweep.
 */
@Factory
class AutomationWiring {

    @Singleton
    TicketRuleActions ticketRuleActions(TicketCategories categories, Workflow workflow, TeamRepository teams,
                                        TeamRouting routing, TicketParticipants participants, TeamsOfUser teamsOfUser,
                                        CommentRepository comments, NotificationDirectory directory, Outbox outbox,
                                        TemplateContext templates, WebhookRepository webhooks,
                                        WebhookDeliveries deliveries) {
        return new TicketRuleActions(categories, workflow, teams, routing, participants, teamsOfUser, comments,
                directory, outbox, templates, webhooks, deliveries);
    }

    @Singleton
    TicketAutomation ticketAutomation(AutomationRuleRepository rules, AutomationFacts facts, AutomationRuns runs,
                                      TicketRuleActions actions, TicketRepository tickets,
                                      TicketEventPublisher events, FollowerPruning followers, Clock clock) {
        return new TicketAutomation(rules, facts, runs, actions, tickets, events, followers, clock);
    }

    @Singleton
    RuleReferences ruleReferences(TeamRepository teams, TicketParticipants participants, WebhookRepository webhooks) {
        return new RuleReferences(teams, participants, webhooks);
    }

    @Singleton
    ManageAutomationRulesUseCase manageAutomationRules(AutomationRuleRepository rules, RuleReferences references,
                                                       UnitOfWork unitOfWork, Clock clock) {
        return new ManageAutomationRulesService(rules, references, unitOfWork, clock);
    }

    @Singleton
    TestAutomationRuleUseCase testAutomationRule(RuleReferences references, TicketAccess access,
                                                 AutomationFacts facts, TicketRuleActions actions,
                                                 UnitOfWork unitOfWork, Clock clock) {
        return new TestAutomationRuleService(references, access, facts, actions, unitOfWork, clock);
    }

    @Singleton
    ListRuleRunsUseCase listRuleRuns(AutomationRuleRepository rules, AutomationRuns runs, UnitOfWork unitOfWork) {
        return new ListRuleRunsService(rules, runs, unitOfWork);
    }

    @Singleton
    SweepTimeRulesUseCase sweepTimeRules(AutomationRuleRepository rules, TimeRuleSchedule schedule,
                                         AutomationFacts facts, TicketRepository tickets,
                                         TicketAutomation automation, UnitOfWork unitOfWork, Clock clock,
                                         @Value("${supportdesk.automation.sweep-batch:200}") int batch) {
        return new SweepTimeRulesService(rules, schedule, facts, tickets, automation, unitOfWork, clock, batch);
    }

    @Singleton
    PruneRuleRunsUseCase pruneRuleRuns(AutomationRuns runs,
                                       @Value("${supportdesk.automation.run-retention:90d}") Duration retention,
                                       Clock clock) {
        return new PruneRuleRunsService(runs, retention, clock);
    }
}
