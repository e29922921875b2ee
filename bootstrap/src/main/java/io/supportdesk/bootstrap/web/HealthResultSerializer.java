package io.supportdesk.bootstrap.web;

import io.micronaut.core.type.Argument;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Health answers as the README shows it, {@code {"status":"UP"}}: the API writes every field, nulls included
 * ({@code micronaut.serde.serialization.inclusion: ALWAYS}), which would add {@code "name":null,"details":null} for
 * callers who may not see details. A health result leaves out what it does not have.
 */
@Singleton
final class HealthResultSerializer implements Serializer<HealthResult> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends HealthResult> type,
                          HealthResult value) throws IOException {
        Encoder object = encoder.encodeObject(type);
        if (value.getName() != null) {
            object.encodeKey("name");
            object.encodeString(value.getName());
        }
        object.encodeKey("status");
        object.encodeString(value.getStatus().getName());
        if (value.getDetails() != null) {
            object.encodeKey("details");
            encodeAny(object, context, value.getDetails());
        }
        object.finishStructure();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void encodeAny(Encoder encoder, EncoderContext context, Object value) throws IOException {
        Argument argument = Argument.of(value.getClass());
        Serializer serializer = context.findSerializer(argument).createSpecific(context, argument);
        serializer.serialize(encoder, context, argument, value);
    }
}
