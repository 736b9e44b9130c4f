package org.cohesion.base;

import java.util.Arrays;

/** A translatable message: a bundle key with its arguments, translated where it is shown. */
public record Message(String key, Object... args) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
