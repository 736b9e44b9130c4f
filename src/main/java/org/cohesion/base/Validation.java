package org.cohesion.base;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors for one request and throws them together. */
public final class Validation {

    public static final int MAX_NAME_LENGTH = 100;

    private final Map<String, Message> errors = new LinkedHashMap<>();

    public Validation required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "validation.required");
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            reject(field, "validation.too-long", max);
        }
        return this;
    }

    public Validation name(String field, String value) {
        return required(field, value).maxLength(field, value, MAX_NAME_LENGTH);
    }

    public Validation reject(String field, String key, Object... args) {
        errors.putIfAbsent(field, new Message(key, args));
        return this;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
