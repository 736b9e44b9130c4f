package org.cohesion.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Cohesion speaks, and how a saved preference or a browser language maps onto them. */
public final class Locales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Locales() {
    }

    /** The supported locale closest to the given one: any Chinese maps to Simplified Chinese, anything else to English. */
    public static Locale closest(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /** The supported locale for a saved language tag such as {@code zh-CN}; null when none was saved. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return closest(Locale.forLanguageTag(tag));
    }

    /** The message key of a language's name, written in that language. */
    public static String labelKey(Locale locale) {
        return "language.name." + closest(locale).toLanguageTag();
    }

    /** The tag under which a locale is saved. */
    public static String toTag(Locale locale) {
        return closest(locale).toLanguageTag();
    }
}
