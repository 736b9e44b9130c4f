package org.cohesion.moderation;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** CSV of audit entries, safe against formula injection, UTF-8 with a byte order mark. */
final class AuditCsv {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    private AuditCsv() {
    }

    static byte[] write(List<String> header, List<AuditRecord> rows, Function<AuditAction, String> actionLabel) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        for (AuditRecord r : rows) {
            line(out, List.of(UTC.format(r.createdAt()), r.actorName(), actionLabel.apply(r.action()),
                    r.targetType() + (r.targetId() == null ? "" : " " + r.targetId()), r.targetLabel(),
                    r.communityId() == null ? "" : String.valueOf(r.communityId()), nullToEmpty(r.reason()),
                    nullToEmpty(r.detail())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell: neutralised when a spreadsheet would read it as a formula, then quoted. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
