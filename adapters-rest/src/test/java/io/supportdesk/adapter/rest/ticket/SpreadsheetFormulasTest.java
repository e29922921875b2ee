package io.supportdesk.adapter.rest.ticket;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1:A2)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"})
    void a_cell_a_spreadsheet_would_evaluate_is_quoted_as_text(String cell) {
        assertEquals("'" + cell, SpreadsheetFormulas.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Cannot log in", "1+2", "a=b", " =1", "'=1", "TKT-000001", "2026-01-31T00:00:00Z",
            "ünïcode", "\n=1"})
    void any_other_cell_is_left_alone(String cell) {
        assertEquals(cell, SpreadsheetFormulas.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "-5", "@x", "plain", "'quoted", "", "'"})
    void restoring_a_neutralised_cell_gives_the_original_back(String cell) {
        assertEquals(cell, SpreadsheetFormulas.restore(SpreadsheetFormulas.neutralise(cell)));
    }

    @org.junit.jupiter.api.Test
    void an_apostrophe_that_neutralising_did_not_put_there_stays() {
        assertEquals("'quoted", SpreadsheetFormulas.restore("'quoted"));
    }

    @org.junit.jupiter.api.Test
    void an_absent_cell_stays_absent() {
        assertNull(SpreadsheetFormulas.neutralise(null));
    }
}
