package io.supportdesk.adapter.rest.identity;

import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.Locale;

/** Reads path and query parameters of the account endpoints; a bad one is a 400 naming it. */
final class IdentityParameters {

    private IdentityParameters() {
    }

    static UserId userId(String name, String value) {
        try {
            return new UserId(Long.parseLong(value.strip()));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter(name, "must be a positive whole number");
        }
    }

    static Role role(String name, String value) {
        try {
            return Role.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter(name, "must be one of customer, agent, manager, admin");
        }
    }

    static boolean bool(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidRequestException.badParameter(name, "must be true or false");
        };
    }

    static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidRequestException.badParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
