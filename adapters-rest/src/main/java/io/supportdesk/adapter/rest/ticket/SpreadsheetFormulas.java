package io.supportdesk.adapter.rest.ticket;

/**
 * The one rule against spreadsheet formula injection (CSV injection) in what we export: a cell a spreadsheet would
 * read as a formula — starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — gets a
 * leading apostrophe, so it is shown as text. Ticket titles and descriptions come from customers; without this, a
 * title such as {@code =HYPERLINK(...)} would run in the agent's spreadsheet. The cost: a legitimate value such as
 * {@code -5} reads {@code '-5}.
 */
public final class SpreadsheetFormulas {

    private SpreadsheetFormulas() {
    }

    /** Whether a spreadsheet would read the cell as a formula. */
    static boolean looksLikeFormula(String cell) {
        return cell != null && !cell.isEmpty() && switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    public static String neutralise(String cell) {
        return looksLikeFormula(cell) ? "'" + cell : cell;
    }

    /**
     * Undoes {@link #neutralise}, for a file read back in (an import of an export): the apostrophe goes only where
     * neutralising would have put it, before what looks like a formula.
     */
    static String restore(String cell) {
        return cell != null && cell.startsWith("'") && looksLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
