package org.cohesion.synthesis.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte order mark, CRLF rows, every cell quoted (quotes doubled), and
 * cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return at the start) prefixed
 * with an apostrophe so they stay text.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** Appends one row. */
    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(safe(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
        return this;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell's text that no spreadsheet runs as a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}
