package org.cohesion.synthesis.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** File names and times shared by the exports. */
public final class ExportFormat {

    /** The district's time zone, as in base.ui.Formats. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private ExportFormat() {
    }

    /**
     * A file name from the plan's title (letters, digits, dashes; Chinese kept), a part and a date, e.g.
     * {@code 长虹口袋公园更新-Changhong-Pocket-Park-Renewal-summary-2026-05-01.pdf}.
     */
    public static String fileName(String title, String part, Instant day, String extension) {
        String t = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").strip()
                .replaceAll("[\\s_]+", "-").replaceAll("-{2,}", "-");
        if (t.codePointCount(0, t.length()) > 80) {
            t = t.substring(0, t.offsetByCodePoints(0, 80));
        }
        if (t.isEmpty()) {
            t = "plan";
        }
        return t + "-" + part + "-" + DATE.format(day) + "." + extension;
    }

    /** A time as the district reads it, {@code yyyy-MM-dd HH:mm}. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
