package io.supportdesk.adapter.rest.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConstraintViolationProblemsTest {

    @Test
    void java_names_become_the_clients_snake_case_names() {
        assertEquals("full_name", ConstraintViolationProblems.snakeCase("fullName"));
        assertEquals("current_password", ConstraintViolationProblems.snakeCase("currentPassword"));
        assertEquals("email", ConstraintViolationProblems.snakeCase("email"));
    }
}
