package io.supportdesk.bootstrap.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * The {@code uri} label of the HTTP meters is the route template; Micronaut's templates also list the query
 * parameters a route reads ({@code /api/v1/reports/volume{?from,to,interval,...}}), which makes the label long and
 * changes it whenever a parameter is added. The path template alone names the route; this drops the query part.
 */
@Factory
class RouteLabels {

    private static final Pattern QUERY_TEMPLATE = Pattern.compile("\\{\\?[^}]*}");

    @Singleton
    MeterFilter pathTemplateOnly() {
        return MeterFilter.replaceTagValues("uri", uri -> QUERY_TEMPLATE.matcher(uri).replaceAll(""));
    }
}
