package org.cohesion.session.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.cohesion.base.ui.Formats;
import org.cohesion.session.record.RecordContext;

/** The reader's language for a session record, through the app's translations and {@link Formats}. */
record UiRecordContext(I18NProvider i18n, Locale locale) implements RecordContext {

    @Override
    public String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    @Override
    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    @Override
    public String time(Instant instant) {
        return Formats.time(instant, locale);
    }

    @Override
    public String number(long value) {
        return Formats.number(value, locale);
    }

    @Override
    public String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return t("session.record.duration.s", seconds);
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? t("session.record.duration.m", minutes)
                : t("session.record.duration.hm", minutes / 60, minutes % 60);
    }
}
