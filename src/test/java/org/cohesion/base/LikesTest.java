package org.cohesion.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikesTest {

    @Test
    void wrapsTrimmedLowerCaseTextInWildcards() {
        assertThat(Likes.containing("  Changhong ")).isEqualTo("%changhong%");
        assertThat(Likes.containing("长虹")).isEqualTo("%长虹%");
        assertThat(Likes.containing(null)).isEqualTo("%%");
    }

    @Test
    void escapesWildcardsAndTheEscapeCharacter() {
        assertThat(Likes.containing("50%_off!")).isEqualTo("%50!%!_off!!%");
        assertThat(Likes.containing("a\\b")).isEqualTo("%a\\b%");
    }
}
