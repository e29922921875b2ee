package io.supportdesk.bootstrap.web;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import io.micronaut.management.health.indicator.HealthCheckType;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code liveness} in {@code /health/liveness} to {@link HealthCheckType}. Micronaut's general enum converter tries
 * the exact name first and learns it is lower case from an exception, with its stack trace, on every probe; a
 * tenth of what a liveness check cost. Unknown names are still not converted (404, as before).
 */
@Singleton
final class HealthCheckTypeConverter implements TypeConverter<CharSequence, HealthCheckType> {

    @Override
    public Optional<HealthCheckType> convert(CharSequence text, Class<HealthCheckType> type,
                                             ConversionContext context) {
        String name = text.toString().toUpperCase(Locale.ROOT);
        for (HealthCheckType candidate : HealthCheckType.values()) {
            if (candidate.name().equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
