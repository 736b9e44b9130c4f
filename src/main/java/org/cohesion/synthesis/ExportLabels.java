package org.cohesion.synthesis;

/** Translates message keys for an export, in the reader's language (the view passes its translations). */
@FunctionalInterface
public interface ExportLabels {

    /** The translated text of the key with its arguments. */
    String t(String key, Object... args);
}
