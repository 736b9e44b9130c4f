package org.cohesion.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses a change because of bad input. Carries one translatable message per offending field,
 * so a form can show each next to its field; nothing was changed when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, Message> fieldErrors;

    public ValidationException(Map<String, Message> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(Map.of(field, new Message(key, args)));
    }

    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }
}
