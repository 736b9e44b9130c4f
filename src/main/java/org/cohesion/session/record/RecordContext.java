package org.cohesion.session.record;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The reader's language for writing a record: translations and dates, times, numbers and durations as the reader
 * reads them (times in the district's time zone). Given by the page or the export to every section.
 */
public interface RecordContext {

    Locale locale();

    /** The message of a key of the bundles, with its arguments. */
    String t(String key, Object... args);

    String dateTime(Instant instant);

    /** Hours and minutes only. */
    String time(Instant instant);

    String number(long value);

    /** A duration such as "1 h 5 min", "12 min" or "40 s". */
    String duration(Duration duration);
}
