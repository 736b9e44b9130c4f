package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translations for the poll components, remembered across UIs: when a snapshot reaches 300 open rooms, each would
 * otherwise parse the same message pattern and format the same numbers; here the first does it and the others
 * look it up. A translation depends only on the locale, the key and the arguments (the bundles do not change
 * while running). Bounded: emptied when it grows past {@value #MAX_ENTRIES} entries.
 */
final class PollTexts {

    static final int MAX_ENTRIES = 20_000;

    private static final ConcurrentHashMap<List<Object>, String> CACHE = new ConcurrentHashMap<>();

    private PollTexts() {
    }

    /** The translation of the key with these arguments (strings, numbers, booleans) in the component's locale. */
    static String of(Component component, String key, Object... args) {
        Locale locale = locale(component);
        Object[] parts = Arrays.copyOf(new Object[] {locale, key}, 2 + args.length);
        System.arraycopy(args, 0, parts, 2, args.length);
        List<Object> cacheKey = Arrays.asList(parts);
        String text = CACHE.get(cacheKey);
        if (text == null) {
            text = component.getTranslation(locale, key, args);
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(cacheKey, text);
        }
        return text;
    }

    /** The locale the component is shown in. */
    static Locale locale(Component component) {
        return component.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() != null
                ? UI.getCurrent().getLocale() : Locale.getDefault());
    }
}
