package io.supportdesk.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationVariablesTest {

    private final ConfigurationVariables variables = ConfigurationVariables.fromApplicationYml();

    @Test
    void the_variables_and_their_properties_come_from_application_yml() {
        assertTrue(variables.variables().contains(new ConfigurationVariables.Variable("TICKET_REOPEN_WINDOW",
                "supportdesk.ticket.reopen-window", "7d")), variables::toString);
        assertTrue(variables.variables().contains(new ConfigurationVariables.Variable("PORT",
                "micronaut.server.port", "8080")), variables::toString);
    }

    @Test
    void a_value_of_the_wrong_shape_is_named_by_its_variable() {
        List<String> problems = variables.problemsIn(Map.of("TICKET_REOPEN_WINDOW", "7days", "PORT", "eighty",
                "SLA_CHECK_ENABLED", "yes", "DIGEST_TIME", "25:00"));
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.contains("TICKET_REOPEN_WINDOW=7days is not a duration: write it like 7d (ms, s, m, h or d)"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("PORT=eighty")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLA_CHECK_ENABLED=yes")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("DIGEST_TIME=25:00")), problems::toString);
    }

    @Test
    void values_of_the_right_shape_pass() {
        assertEquals(List.of(), variables.problemsIn(Map.of("TICKET_REOPEN_WINDOW", "14d", "SLA_CHECK_INTERVAL",
                "PT30S", "PORT", "9090", "DIGEST_ENABLED", "false", "DIGEST_TIME", "07:30", "MAIL_FROM", "x <y@z>")));
    }

    @Test
    void an_error_about_a_property_also_names_the_variable_that_sets_it() {
        assertEquals("Error resolving property value [supportdesk.ticket.reopen-window] (environment variable "
                        + "TICKET_REOPEN_WINDOW)",
                variables.inVariableNames("Error resolving property value [supportdesk.ticket.reopen-window]"));
    }

    @Test
    void the_readme_documents_every_variable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> undocumented = variables.variables().stream().map(ConfigurationVariables.Variable::name)
                .filter(name -> !readme.contains(name))
                .distinct().toList();
        assertEquals(List.of(), undocumented, "add these to the README's configuration table");
    }
}
