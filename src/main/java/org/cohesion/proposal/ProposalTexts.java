package org.cohesion.proposal;

import org.cohesion.base.Validation;

/** Limits and normalisation of what members type into proposals. */
final class ProposalTexts {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_LOCATION = 200;
    static final int MAX_REASON = 1_000;

    private ProposalTexts() {
    }

    /** Trimmed text, blank as null. */
    static String clean(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Checks a new proposal's texts and kind, recording problems in {@code v}. */
    static void check(Validation v, String title, String description, SpaceKind kind, String location) {
        v.required("title", title).maxLength("title", title, MAX_TITLE);
        v.required("description", description).maxLength("description", description, MAX_DESCRIPTION);
        if (kind == null) {
            v.reject("kind", "validation.required");
        }
        v.required("location", location).maxLength("location", location, MAX_LOCATION);
    }
}
