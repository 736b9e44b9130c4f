package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohesion.synthesis.internal.ThemeExtractor;
import org.junit.jupiter.api.Test;

/** Keyword themes of Chinese and English contributions: expected keywords, noise dropped, a fixed order. */
class ThemeExtractorTest {

    static final List<String> TEXTS = List.of(
            "在大树下放几张长椅，老人可以在这里乘凉聊天。",
            "座椅最好有靠背和扶手，方便老人起身。",
            "晚上这里很暗，需要加路灯。",
            "晚上太暗了，老人出门不安全。",
            "儿童游戏角要有软质地面。",
            "希望保留儿童游戏的空间。",
            "Please add more benches under the trees for older neighbours.",
            "The benches need backs; older people find plain benches hard.",
            "It is very dark at night, more lights please.",
            "Warm lights at night would keep the park safe.",
            "Will the play corner have a soft surface for children? 2027 3 m");

    static List<Contribution> contributions() {
        List<Contribution> list = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            list.add(new Contribution("annotation:" + (i + 1), ContributionKind.PIN, ContributionCategory.IDEA,
                    ContributionStatus.OPEN, TEXTS.get(i), null, i, "P" + i, null,
                    Instant.parse("2026-03-02T00:00:00Z").plusSeconds(i), 0, null, 1L, 0.5, 0.5, null, "plans/1"));
        }
        return list;
    }

    static List<String> terms(List<Theme> themes) {
        return themes.stream().map(Theme::term).toList();
    }

    @Test
    void chineseAndEnglishKeywordsByWeightThenTerm() {
        List<Theme> themes = ThemeExtractor.themes(contributions(), 20);
        assertThat(terms(themes)).containsExactly("bench", "老人", "light", "night", "older", "儿童", "晚上", "游戏");
        Theme bench = themes.get(0);
        assertThat(bench.label()).as("the word as written, not the stem").isEqualTo("benches");
        assertThat(bench.count()).isEqualTo(2);
        assertThat(bench.contributions()).extracting(Contribution::id)
                .as("most occurrences first").containsExactly("annotation:8", "annotation:7");
        Theme elders = themes.get(1);
        assertThat(elders.count()).isEqualTo(3);
        assertThat(elders.contributions()).extracting(Contribution::id)
                .containsExactly("annotation:1", "annotation:2", "annotation:4");
        assertThat(elders.weight()).isGreaterThan(themes.get(2).weight());
    }

    @Test
    void noiseIsDropped() {
        List<String> terms = terms(ThemeExtractor.themes(contributions(), 100));
        assertThat(terms).doesNotContain("pleas", "please", "more", "the", "2027", "3", "暗", "在", "需要", "这里");
        assertThat(terms).allMatch(t -> t.codePointCount(0, t.length()) >= 2);
    }

    @Test
    void sameContributionsSameThemesInTheSameOrder() {
        List<Contribution> reversed = new ArrayList<>(contributions());
        Collections.reverse(reversed);
        assertThat(terms(ThemeExtractor.themes(reversed, 20)))
                .isEqualTo(terms(ThemeExtractor.themes(contributions(), 20)));
        assertThat(ThemeExtractor.themes(contributions(), 20)).isEqualTo(ThemeExtractor.themes(contributions(), 20));
        assertThat(ThemeExtractor.themes(contributions(), 3)).hasSize(3);
        assertThat(ThemeExtractor.themes(List.of(), 20)).isEmpty();
    }
}
