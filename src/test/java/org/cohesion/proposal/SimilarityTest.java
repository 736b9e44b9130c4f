package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terms and scores behind "similar proposals": English words and Chinese character pairs. */
class SimilarityTest {

    @Test
    void englishWordsAreLowerCasedWithoutStopWordsAndPlurals() {
        assertThat(Similarity.terms("More Benches for the Pocket Park, please!"))
                .containsExactly("bench", "pocket", "park");
        assertThat(Similarity.terms("Trees along the riverside")).containsExactly("tree", "along", "riverside");
    }

    @Test
    void chineseTextBecomesCharacterPairs() {
        assertThat(Similarity.terms("口袋公园增加长椅")).containsExactly("口袋", "袋公", "公园", "园增", "增加", "加长", "长椅");
        // very common pairs say nothing; mixed text gives both kinds of terms
        assertThat(Similarity.terms("我们希望有长椅 benches")).containsExactly("们希", "望有", "有长", "长椅", "bench");
    }

    @Test
    void titleMatchesCountTwiceDescriptionMatchesOnce() {
        var typed = Similarity.terms("长椅 bench");
        assertThat(Similarity.score(typed, "更多长椅", "")).isEqualTo(2);
        assertThat(Similarity.score(typed, "Seats", "A bench")).isEqualTo(1);
        assertThat(Similarity.score(typed, "A bench", "更多长椅")).isEqualTo(3);
        assertThat(Similarity.score(typed, "Library hours", "Open later")).isZero();
        assertThat(Similarity.terms(null)).isEmpty();
    }
}
