package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;

/** Shows stored plan values the way a reader expects them: translated kinds and phases, yuan, local dates. */
final class PlanHistoryFormat {

    static final Currency CNY = Currency.getInstance("CNY");

    private PlanHistoryFormat() {
    }

    /** The value of a field for display in the reader's language; null stays null. */
    static String value(Component context, Locale locale, PlanField field, String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return switch (field) {
                case KIND -> context.getTranslation(PlanKind.valueOf(stored).labelKey());
                case PHASE -> context.getTranslation(PlanPhase.valueOf(stored).labelKey());
                case BUDGET -> money(new BigDecimal(stored), locale);
                case START_DATE, TARGET_DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale).format(LocalDate.parse(stored));
                default -> stored;
            };
        } catch (RuntimeException e) {
            return stored;
        }
    }

    /** An amount in yuan, e.g. "CN¥12,500.00" in English and "¥12,500.00" in Chinese. */
    static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(CNY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The translated labels of the fields, joined as a list. */
    static String fields(Component context, List<PlanField> fields) {
        return fields.stream().map(f -> context.getTranslation(f.labelKey()))
                .collect(Collectors.joining(context.getTranslation("plan.history.fields.separator")));
    }
}
