package io.supportdesk.adapter.rest.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is a password the domain's password policy accepts; checked with the other fields of a request so a
 * client learns about every invalid field at once. The use case checks again: this is for the answer, not the rule.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
public @interface AcceptablePassword {

    String message() default "password is not acceptable";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
