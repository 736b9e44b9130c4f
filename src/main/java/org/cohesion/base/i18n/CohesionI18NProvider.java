package org.cohesion.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translates message keys from the {@code messages} bundles (English and Simplified Chinese).
 * Arguments are formatted with {@link MessageFormat}, so numbers and dates follow the locale.
 */
@Component
public class CohesionI18NProvider implements I18NProvider {

    public static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(CohesionI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = Locales.closest(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, target, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, target);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, target).format(params);
    }
}
