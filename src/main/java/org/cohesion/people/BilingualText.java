package org.cohesion.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A name kept in English and in Chinese; shown in the reader's language, else in the other one. */
@Embeddable
public class BilingualText {

    @Column(name = "en")
    private String en;

    @Column(name = "zh")
    private String zh;

    protected BilingualText() {
    }

    public BilingualText(String en, String zh) {
        this.en = blankToNull(en);
        this.zh = blankToNull(zh);
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }

    /** The text for the locale, falling back to the other language; empty when neither is set. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String first = chinese ? zh : en;
        String second = chinese ? en : zh;
        return first != null ? first : (second != null ? second : "");
    }

    public boolean isEmpty() {
        return en == null && zh == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
