package org.cohesion.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.cohesion.base.i18n.Locales;

/**
 * Chooses the interface language. Each language is named in itself; choosing one applies it to the whole
 * session, lets the caller persist it, and reloads the page so everything re-renders in it.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Consumer<Locale> persist) {
        setItems(Locales.SUPPORTED);
        setItemLabelGenerator(l -> getTranslation(Locales.labelKey(l)));
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        addClassName("language-select");
        setValue(Locales.closest(UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                persist.accept(e.getValue());
                apply(e.getValue());
            }
        });
    }

    /** Makes the locale the language of this browser session and reloads the page to re-render in it. */
    public static void apply(Locale chosen) {
        VaadinSession.getCurrent().setAttribute(LocaleChoice.class, new LocaleChoice(chosen));
        VaadinSession.getCurrent().setLocale(chosen);
        UI.getCurrent().getPage().reload();
    }

    /** The language chosen explicitly in this browser session, kept as a session attribute. */
    public record LocaleChoice(Locale locale) {
    }
}
