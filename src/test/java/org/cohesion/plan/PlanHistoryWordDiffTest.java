package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.cohesion.plan.PlanDiff.Change;
import org.cohesion.plan.PlanDiff.Segment;
import org.junit.jupiter.api.Test;

/** The word-level diff used by the plan history, without Spring. */
class PlanHistoryWordDiffTest {

    @Test
    void tokensKeepWhitespaceAndSplitChinesePerCharacter() {
        assertThat(WordDiff.tokens("Plant  trees, now!\n"))
                .containsExactly("Plant", "  ", "trees", ",", " ", "now", "!", "\n");
        assertThat(WordDiff.tokens("建设口袋公园 in 2026"))
                .containsExactly("建", "设", "口", "袋", "公", "园", " ", "in", " ", "2026");
        assertThat(String.join("", WordDiff.tokens("混合 text，带标点。"))).isEqualTo("混合 text，带标点。");
    }

    @Test
    void englishChangesAreWholeWords() {
        List<Segment> diff = WordDiff.diff("The quick brown fox jumps over the lazy dog.",
                "The quick red fox jumps over the sleepy dog.");
        assertThat(diff).containsExactly(
                new Segment(Change.EQUAL, "The quick "),
                new Segment(Change.DELETED, "brown"),
                new Segment(Change.INSERTED, "red"),
                new Segment(Change.EQUAL, " fox jumps over the "),
                new Segment(Change.DELETED, "lazy"),
                new Segment(Change.INSERTED, "sleepy"),
                new Segment(Change.EQUAL, " dog."));
    }

    @Test
    void neighbouringChangedWordsReadAsOneChange() {
        List<Segment> diff = WordDiff.diff("The quick brown fox", "A slow red fox");
        assertThat(diff).containsExactly(
                new Segment(Change.DELETED, "The quick brown"),
                new Segment(Change.INSERTED, "A slow red"),
                new Segment(Change.EQUAL, " fox"));
    }

    @Test
    void chineseChangesAreSingleCharacters() {
        List<Segment> diff = WordDiff.diff("在小区东侧建设一个口袋公园。", "在小区西侧建设两个口袋公园。");
        assertThat(diff).containsExactly(
                new Segment(Change.EQUAL, "在小区"),
                new Segment(Change.DELETED, "东"),
                new Segment(Change.INSERTED, "西"),
                new Segment(Change.EQUAL, "侧建设"),
                new Segment(Change.DELETED, "一"),
                new Segment(Change.INSERTED, "两"),
                new Segment(Change.EQUAL, "个口袋公园。"));
    }

    @Test
    void emptyAndNullTexts() {
        assertThat(WordDiff.diff(null, "新的文字")).containsExactly(new Segment(Change.INSERTED, "新的文字"));
        assertThat(WordDiff.diff("old text", null)).containsExactly(new Segment(Change.DELETED, "old text"));
        assertThat(WordDiff.diff("same", "same")).containsExactly(new Segment(Change.EQUAL, "same"));
        assertThat(WordDiff.diff(null, null)).isEmpty();
    }

    @Test
    void segmentsRebuildBothTexts() {
        Random random = new Random(42);
        String[] words = {"garden", "bench", "tree", "path", "长椅", "树木", "小路", "，", ".", " ", "\n"};
        for (int round = 0; round < 50; round++) {
            String a = randomText(random, words, 60);
            String b = mutate(random, a, words);
            List<Segment> diff = WordDiff.diff(a, b);
            assertThat(side(diff, Change.INSERTED)).isEqualTo(a);
            assertThat(side(diff, Change.DELETED)).isEqualTo(b);
        }
    }

    @Test
    void longAndCompletelyDifferentTextsStayFast() {
        Random random = new Random(7);
        String[] oldWords = {"公", "园", "树", "路", "灯"};
        String[] newWords = {"桥", "河", "花", "草", "亭", "\n"};
        String a = randomText(random, oldWords, 20_000);
        String b = randomText(random, newWords, 20_000);
        long start = System.nanoTime();
        List<Segment> diff = WordDiff.diff(a, b);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(side(diff, Change.INSERTED)).isEqualTo(a);
        assertThat(side(diff, Change.DELETED)).isEqualTo(b);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    /** The text on one side: everything but the segments of the other side's change. */
    private static String side(List<Segment> diff, Change otherSide) {
        return diff.stream().filter(s -> s.change() != otherSide).map(Segment::text).collect(Collectors.joining());
    }

    private static String randomText(Random random, String[] words, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random random, String text, String[] words) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 5; i++) {
            int at = random.nextInt(sb.length() + 1);
            if (random.nextBoolean() && at < sb.length()) {
                sb.deleteCharAt(at);
            } else {
                sb.insert(at, words[random.nextInt(words.length)]);
            }
        }
        return sb.toString();
    }
}
