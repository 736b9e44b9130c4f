package org.cohesion.base.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers in the reader's locale. Times are shown in the district's time zone. */
public final class Formats {

    /** Cohesion serves Shanghai's districts; stored times are UTC and shown in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    /** The time of day (hours and minutes) in the district's time zone. */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
