package io.supportdesk.adapter.mail;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * True when an SMTP host is configured. The shipped configuration always defines the property (as {@code SMTP_HOST}
 * or empty), so "set" means "not blank", which {@code @Requires(property = ...)} alone cannot express.
 */
public final class SmtpHostConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return isConfigured(context.getProperty(SmtpSettings.HOST, String.class).orElse(null));
    }

    static boolean isConfigured(String host) {
        return host != null && !host.isBlank();
    }

    /** The opposite, for the mailer that stands in when there is no SMTP server. */
    public static final class Not implements Condition {

        @Override
        public boolean matches(ConditionContext context) {
            return !new SmtpHostConfigured().matches(context);
        }
    }
}
