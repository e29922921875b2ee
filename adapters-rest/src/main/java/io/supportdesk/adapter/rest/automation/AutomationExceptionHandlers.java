package io.supportdesk.adapter.rest.automation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.automation.AutomationRuleNotFoundException;
import io.supportdesk.domain.automation.RuleDefinitionRejected;
import jakarta.inject.Singleton;

/** Maps the automation use cases' exceptions to problem details. */
final class AutomationExceptionHandlers {

    static final String REJECTED_EXAMPLE = """
            {"type": "urn:supportdesk:problem:validation-failed", "title": "Unprocessable Entity", "status": 422,
             "detail": "The request has 2 invalid fields.", "code": "VALIDATION_FAILED",
             "errors": [{"field": "conditions.all[2].value", "message": "unknown priority 'hihg'; allowed: low, medium, high, urgent"},
                        {"field": "actions[0].type", "message": "unknown action 'close_ticket'; allowed: set_priority, set_status, set_team, set_assignee, add_tags, remove_tags, add_internal_note, send_email, call_webhook"}]}""";

    private AutomationExceptionHandlers() {
    }

    /** The usual 422 VALIDATION_FAILED, each of the rule's problems a field error named by its path. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Rejected implements ExceptionHandler<RuleDefinitionRejected, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RuleDefinitionRejected exception) {
            return Problems.response(InvalidRequestException.validationFailed(exception.violations().stream()
                    .map(violation -> new Problem.FieldError(violation.field(), violation.getMessage()))
                    .toList()).toProblem());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<AutomationRuleNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, AutomationRuleNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "AUTOMATION_RULE_NOT_FOUND", "No such automation rule.");
        }
    }
}
