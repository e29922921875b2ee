package io.supportdesk.bootstrap;

import io.micronaut.core.convert.ConversionService;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables Supportdesk reads, taken from the placeholders of {@code application.yml}
 * ({@code ${TICKET_REOPEN_WINDOW:7d}}), so the file stays their one home. Each value an operator sets is checked
 * against the shape of its default before anything starts, and an error that names a property is told in the
 * variable's name, which is the one the operator typed.
 */
record ConfigurationVariables(List<Variable> variables) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):`?([^`}]*)`?}");
    private static final Pattern DURATION = Pattern.compile("\\d+(ms|s|m|h|d)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    /** One variable: its name, the property it sets and the default written beside it. */
    record Variable(String name, String property, String defaultValue) {

        /** Why {@code value} cannot be this variable's value, judged by the shape of the default. */
        Optional<String> problemWith(String value) {
            String shape = shape();
            return switch (shape) {
                case "duration" -> ConversionService.SHARED.convert(value.strip(), Duration.class).isPresent()
                        ? Optional.empty()
                        : Optional.of(name + "=" + value + " is not a duration: write it like " + defaultValue
                                + " (ms, s, m, h or d)");
                case "integer" -> INTEGER.matcher(value.strip()).matches()
                        ? Optional.empty()
                        : Optional.of(name + "=" + value + " is not a whole number");
                case "boolean" -> value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")
                        ? Optional.empty()
                        : Optional.of(name + "=" + value + " must be true or false");
                case "time" -> parsesAsTime(value.strip())
                        ? Optional.empty()
                        : Optional.of(name + "=" + value + " is not a time of day: write it like " + defaultValue);
                default -> Optional.empty();
            };
        }

        private String shape() {
            if (DURATION.matcher(defaultValue).matches()) {
                return "duration";
            }
            if (INTEGER.matcher(defaultValue).matches()) {
                return "integer";
            }
            if (defaultValue.equals("true") || defaultValue.equals("false")) {
                return "boolean";
            }
            return TIME.matcher(defaultValue).matches() ? "time" : "text";
        }

        private static boolean parsesAsTime(String value) {
            try {
                LocalTime.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    static ConfigurationVariables fromApplicationYml() {
        try (InputStream yml = ConfigurationVariables.class.getResourceAsStream("/application.yml")) {
            if (yml == null) {
                throw new IllegalStateException("application.yml is not on the classpath");
            }
            Object tree = new Yaml().load(yml);
            List<Variable> found = new ArrayList<>();
            collect("", tree, found);
            return new ConfigurationVariables(List.copyOf(found));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.yml", e);
        }
    }

    private static void collect(String path, Object node, List<Variable> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collect(path.isEmpty() ? String.valueOf(key) : path + "." + key, value, found));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(path, item, found));
        } else if (node != null) {
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(node));
            while (placeholder.find()) {
                found.add(new Variable(placeholder.group(1), path, placeholder.group(2)));
            }
        }
    }

    /** Every problem with the values {@code env} sets, in the order of application.yml. */
    List<String> problemsIn(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        for (Variable variable : variables) {
            String value = env.get(variable.name());
            if (value != null && !value.isBlank()) {
                variable.problemWith(value).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** The properties that the variables {@code env} sets stand for, e.g. {@code supportdesk.ticket.reopen-window}. */
    Map<String, Object> propertiesFrom(Map<String, String> env) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (Variable variable : variables) {
            String value = env.get(variable.name());
            if (value != null) {
                properties.put(variable.property(), value);
            }
        }
        return properties;
    }

    /** {@code message} with each property this file maps to a variable also named by that variable. */
    String inVariableNames(String message) {
        String result = message;
        for (Variable variable : variables) {
            result = result.replace("[" + variable.property() + "]",
                    "[" + variable.property() + "] (environment variable " + variable.name() + ")");
        }
        return result;
    }
}
