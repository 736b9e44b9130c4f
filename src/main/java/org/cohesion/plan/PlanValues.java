package org.cohesion.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cohesion.base.Validation;

/** Normalises and checks a field's stored text before it is saved. */
final class PlanValues {

    static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    private PlanValues() {
    }

    /** The value as it will be stored (trimmed, blank → null); throws ValidationException when bad. */
    static String check(PlanField field, String raw) {
        String value = raw == null || raw.isBlank() ? null : (field.isLongText() ? raw.stripTrailing() : raw.strip());
        String name = fieldName(field);
        Validation v = new Validation();
        if (value == null) {
            if (field == PlanField.TITLE || field == PlanField.KIND || field == PlanField.PHASE) {
                v.reject(name, "validation.required");
            }
            v.throwIfInvalid();
            return null;
        }
        v.maxLength(name, value, field.maxLength());
        switch (field) {
            case KIND -> enumValue(v, name, PlanKind.class, value);
            case PHASE -> enumValue(v, name, PlanPhase.class, value);
            case BUDGET -> budget(v, name, value);
            case START_DATE, TARGET_DATE -> date(v, name, value);
            default -> {
            }
        }
        v.throwIfInvalid();
        return field == PlanField.BUDGET ? new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() : value;
    }

    /** The name under which a field's errors are reported (the workspace's property name). */
    static String fieldName(PlanField field) {
        String[] parts = field.name().toLowerCase().split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static <E extends Enum<E>> void enumValue(Validation v, String name, Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            v.reject(name, "validation.required");
        }
    }

    private static void budget(Validation v, String name, String value) {
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.compareTo(MAX_BUDGET) > 0) {
                v.reject(name, "plan.budget.range");
            }
        } catch (NumberFormatException e) {
            v.reject(name, "plan.budget.range");
        }
    }

    private static void date(Validation v, String name, String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.reject(name, "plan.date.invalid");
        }
    }
}
