package io.supportdesk.adapter.rest.identity;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import io.supportdesk.domain.identity.IdentityRuleViolation;
import io.supportdesk.domain.identity.PasswordPolicy;
import jakarta.inject.Singleton;

/** Runs {@link PasswordPolicy} for {@link AcceptablePassword}, reporting the policy's own reason. */
@Singleton
class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

    private final PasswordPolicy policy;

    AcceptablePasswordValidator(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean isValid(String value, AnnotationValue<AcceptablePassword> annotation,
                           ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            policy.check(value);
            return true;
        } catch (IdentityRuleViolation violation) {
            context.messageTemplate(violation.getMessage());
            return false;
        }
    }
}
