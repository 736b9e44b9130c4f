package org.cohesion.annotation.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.cohesion.annotation.anchor.AnchorMatch.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String PLAN = """
            The north square will be redesigned in two phases.

            In the first phase the car park is removed and the square gets twelve new plane trees, \
            benches along the west side and a small fountain for children.

            In the second phase the market stalls move to the east side so that the square can host \
            events on weekends. Residents asked for more shade and fewer cars.""";

    private static final String PASSAGE = "twelve new plane trees";

    /** Anchors the first occurrence of {@code passage} in {@code text}. */
    private static TextAnchor anchor(String text, String passage) {
        int start = text.indexOf(passage);
        assertThat(start).as("passage in text").isNotNegative();
        return TextAnchor.of(text, start, start + passage.length());
    }

    private static void assertFound(AnchorMatch match, String newText, Kind kind, String passage) {
        assertThat(match.kind()).isEqualTo(kind);
        assertThat(match.passageIn(newText)).isEqualTo(passage);
    }

    @Nested
    class Anchors {

        @Test
        void keepsQuoteContextAndHint() {
            TextAnchor a = anchor(PLAN, PASSAGE);
            assertThat(a.quote()).isEqualTo(PASSAGE);
            assertThat(a.prefix()).hasSize(TextAnchor.CONTEXT_LENGTH).endsWith("the square gets ");
            assertThat(a.suffix()).hasSize(TextAnchor.CONTEXT_LENGTH).startsWith(", benches");
            assertThat(a.startHint()).isEqualTo(PLAN.indexOf(PASSAGE));
        }

        @Test
        void contextIsShorterAtTheEdgesOfTheText() {
            TextAnchor a = TextAnchor.of("abc def", 0, 3);
            assertThat(a.prefix()).isEmpty();
            assertThat(a.suffix()).isEqualTo(" def");
        }

        @Test
        void contextCountsCodePoints() {
            String text = "😀".repeat(40) + "规划" + "𠮷".repeat(40);
            int start = text.indexOf("规划");
            TextAnchor a = TextAnchor.of(text, start, start + 2);
            assertThat(a.prefix()).isEqualTo("😀".repeat(32));
            assertThat(a.suffix()).isEqualTo("𠮷".repeat(32));
        }

        @Test
        void rejectsBadRanges() {
            assertThatThrownBy(() -> TextAnchor.of("abc", 2, 2)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("non-empty range");
            assertThatThrownBy(() -> TextAnchor.of("abc", 2, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TextAnchor.of("abc", -1, 2)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TextAnchor.of("abc", 1, 4)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsBlankAndTooLongPassages() {
            assertThatThrownBy(() -> TextAnchor.of("a   b", 1, 4)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("blank");
            String text = "x".repeat(1_001);
            assertThat(TextAnchor.of(text, 0, 1_000).quote()).hasSize(1_000);
            assertThatThrownBy(() -> TextAnchor.of(text, 0, 1_001)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 1000");
        }

        @Test
        void rejectsSplitSurrogatePairs() {
            String text = "a𠮷b";
            assertThatThrownBy(() -> TextAnchor.of(text, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("surrogate");
            assertThatThrownBy(() -> TextAnchor.of(text, 2, 4)).isInstanceOf(IllegalArgumentException.class);
            assertThat(TextAnchor.of(text, 1, 3).quote()).isEqualTo("𠮷");
        }
    }

    @Nested
    class Exact {

        @Test
        void unchangedText() {
            TextAnchor a = anchor(PLAN, PASSAGE);
            AnchorMatch m = Anchoring.locate(a, PLAN);
            assertFound(m, PLAN, Kind.EXACT, PASSAGE);
            assertThat(m.start()).isEqualTo(a.startHint());
            assertThat(m.similarity()).isEqualTo(1.0);
        }

        @Test
        void textInsertedBeforeShiftsTheOffset() {
            TextAnchor a = anchor(PLAN, PASSAGE);
            String inserted = "Summary: a greener square.\n\n";
            String changed = inserted + PLAN;
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.EXACT, PASSAGE);
            assertThat(m.start()).isEqualTo(a.startHint() + inserted.length());
        }

        @Test
        void passageMovedToAnotherParagraph() {
            TextAnchor a = anchor(PLAN, PASSAGE);
            String changed = """
                    The north square will be redesigned in two phases. Later it gets twelve new plane trees.

                    In the first phase the car park is removed and the square gets benches along the west side.""";
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.EXACT, PASSAGE);
            assertThat(m.start()).isEqualTo(changed.indexOf(PASSAGE));
        }

        @Test
        void repeatedPassageIsToldApartByContext() {
            String text = "Phase one: the square gets new trees and benches. "
                    + "Phase two: the park gets new trees and a playground.";
            int second = text.lastIndexOf("new trees");
            TextAnchor a = TextAnchor.of(text, second, second + "new trees".length());
            // A sentence added before both occurrences moves the hint off; context still points at "the park".
            String changed = "Budget approved in March, construction starts in May after the tender. " + text;
            AnchorMatch m = Anchoring.locate(a, changed);
            assertThat(m.kind()).isEqualTo(Kind.EXACT);
            assertThat(m.start()).isEqualTo(changed.lastIndexOf("new trees"));

            // Swapping the two sentences: the occurrence after "the park gets" is now the first one.
            String swapped = "Phase two: the park gets new trees and a playground. "
                    + "Phase one: the square gets new trees and benches.";
            AnchorMatch s = Anchoring.locate(a, swapped);
            assertThat(s.start()).isEqualTo(swapped.indexOf("new trees"));
        }

        @Test
        void repeatedPassageWithEqualContextPicksTheOneNearestTheHint() {
            String text = "tree. tree. tree. tree. tree. tree. tree. tree. tree. tree. tree. tree. tree.";
            int hint = 36;
            TextAnchor a = new TextAnchor("tree", "", "", hint);
            AnchorMatch m = Anchoring.locate(a, text);
            assertThat(m.start()).isEqualTo(36);
        }
    }

    @Nested
    class Fuzzy {

        @Test
        void aWordChangedInsideThePassage() {
            String passage = "the square gets twelve new plane trees, benches along the west side";
            TextAnchor a = anchor(PLAN, passage);
            String changed = PLAN.replace("twelve new plane trees", "fifteen new plane trees");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.FUZZY, "the square gets fifteen new plane trees, benches along the west side");
            assertThat(m.similarity()).isGreaterThanOrEqualTo(Anchoring.MIN_SIMILARITY).isLessThan(1.0);
        }

        @Test
        void editedAndMovedPassage() {
            String passage = "Residents asked for more shade and fewer cars.";
            TextAnchor a = anchor(PLAN, passage);
            String changed = "Residents asked for more shade and far fewer cars. " + PLAN.replace(passage, "");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.FUZZY, "Residents asked for more shade and far fewer cars.");
            assertThat(m.similarity()).isCloseTo(1.0 - 4.0 / passage.length(), within(1e-9));
        }

        @Test
        void contextPicksAmongEquallyCloseMatches() {
            String text = "North: plant twelve oak trees here. South: plant twelve oak trees there.";
            int second = text.lastIndexOf("plant twelve oak trees");
            TextAnchor a = TextAnchor.of(text, second, second + "plant twelve oak trees".length());
            String changed = "Intro sentence that shifts everything. "
                    + "North: plant twelve elm trees here. South: plant twelve elm trees there.";
            AnchorMatch m = Anchoring.locate(a, changed);
            assertThat(m.kind()).isEqualTo(Kind.FUZZY);
            assertThat(m.start()).isEqualTo(changed.lastIndexOf("plant twelve elm trees"));
            assertThat(m.passageIn(changed)).isEqualTo("plant twelve elm trees");
        }

        @Test
        void reanchorsOnTheNewText() {
            String passage = "market stalls move to the east side";
            TextAnchor a = anchor(PLAN, passage);
            String changed = PLAN.replace("market stalls move to the east side", "market stalls move to the north side");
            AnchorMatch m = Anchoring.locate(a, changed);
            TextAnchor fresh = m.reanchor(changed);
            assertThat(fresh.quote()).isEqualTo("market stalls move to the north side");
            assertThat(Anchoring.locate(fresh, changed).kind()).isEqualTo(Kind.EXACT);
        }
    }

    @Nested
    class Outdated {

        @Test
        void passageDeleted() {
            String passage = "benches along the west side and a small fountain for children";
            TextAnchor a = anchor(PLAN, passage);
            String changed = PLAN.replace(", " + passage, "");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertThat(m.kind()).isEqualTo(Kind.OUTDATED);
            assertThat(m.isFound()).isFalse();
            assertThat(m.start()).isEqualTo(-1);
            assertThat(a.quote()).as("the caller keeps the original quote").isEqualTo(passage);
            assertThatThrownBy(() -> m.passageIn(changed)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void passageRewrittenBeyondRecognition() {
            String passage = "twelve new plane trees";
            TextAnchor a = anchor(PLAN, passage);
            String changed = PLAN.replace(passage, "a lawn with some shrubs");
            assertThat(Anchoring.locate(a, changed).kind()).isEqualTo(Kind.OUTDATED);
        }

        @Test
        void emptyNewText() {
            assertThat(Anchoring.locate(anchor(PLAN, PASSAGE), "").kind()).isEqualTo(Kind.OUTDATED);
        }

        @Test
        void newTextShorterThanAnyAcceptableMatch() {
            assertThat(Anchoring.locate(anchor(PLAN, PASSAGE), "trees").kind()).isEqualTo(Kind.OUTDATED);
        }

        @Test
        void shortQuotesMustMatchExactly() {
            TextAnchor a = anchor(PLAN, "car park");
            String changed = PLAN.replace("car park", "bar park");
            assertThat(Anchoring.locate(a, changed).kind()).as("8 characters allow 2 edits").isEqualTo(Kind.FUZZY);
            TextAnchor tiny = anchor(PLAN, "cars");
            assertThat(Anchoring.locate(tiny, PLAN.replace("cars", "carts")).kind()).isEqualTo(Kind.FUZZY);
            TextAnchor three = anchor(PLAN, "two");
            assertThat(Anchoring.locate(three, PLAN.replace("two", "tow")).kind())
                    .as("three characters allow no edit").isEqualTo(Kind.OUTDATED);
        }
    }

    @Nested
    class Chinese {

        private static final String TEXT = "北广场将分两期改造。第一期拆除停车场，种植十二棵新的梧桐树，"
                + "在西侧设置长椅和一个儿童喷泉。第二期把市场摊位移到东侧，以便周末举办活动。居民希望有更多树荫、更少汽车。";

        @Test
        void unchanged() {
            TextAnchor a = anchor(TEXT, "种植十二棵新的梧桐树");
            assertFound(Anchoring.locate(a, TEXT), TEXT, Kind.EXACT, "种植十二棵新的梧桐树");
        }

        @Test
        void charactersInsertedAroundThePassage() {
            TextAnchor a = anchor(TEXT, "种植十二棵新的梧桐树");
            String changed = TEXT.replace("拆除停车场，", "拆除全部停车场，并且");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.EXACT, "种植十二棵新的梧桐树");
            assertThat(m.start()).isEqualTo(changed.indexOf("种植"));
        }

        @Test
        void characterChangedInsideThePassage() {
            TextAnchor a = anchor(TEXT, "种植十二棵新的梧桐树");
            String changed = TEXT.replace("十二棵", "十五棵");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.FUZZY, "种植十五棵新的梧桐树");
            assertThat(m.similarity()).isCloseTo(0.9, within(1e-9));
        }

        @Test
        void charactersInsertedInsideThePassage() {
            TextAnchor a = anchor(TEXT, "把市场摊位移到东侧，以便周末举办活动");
            String changed = TEXT.replace("市场摊位", "农贸市场摊位");
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.FUZZY, "把农贸市场摊位移到东侧，以便周末举办活动");
        }

        @Test
        void passageDeleted() {
            TextAnchor a = anchor(TEXT, "在西侧设置长椅和一个儿童喷泉");
            String changed = TEXT.replace("在西侧设置长椅和一个儿童喷泉。", "");
            assertThat(Anchoring.locate(a, changed).kind()).isEqualTo(Kind.OUTDATED);
        }

        @Test
        void shortRepeatedPassageFollowsItsContext() {
            String text = "东侧：种树。西侧：种树。北侧：种树。";
            int west = text.indexOf("种树", text.indexOf("西侧"));
            TextAnchor a = TextAnchor.of(text, west, west + 2);
            String changed = "北侧：种树。东侧：种树。南侧：修路。西侧：种树。北侧：种树。";
            AnchorMatch m = Anchoring.locate(a, changed);
            assertThat(m.start()).isEqualTo(changed.indexOf("种树", changed.indexOf("西侧")));
        }
    }

    @Nested
    class SurrogatePairs {

        @Test
        void exactMatchOffsetsAreUtf16Indices() {
            String text = "𠮷野家 🌳🌳 plants trees 🌳 here";
            TextAnchor a = anchor(text, "plants trees 🌳");
            String changed = "😀😀" + text;
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.EXACT, "plants trees 🌳");
            assertThat(m.start()).isEqualTo(a.startHint() + 4);
        }

        @Test
        void fuzzyMatchNeverSplitsAPair() {
            String text = "前言。𠮷野家在广场东侧开设新店🌳🌳🌳，欢迎光临。后记。";
            TextAnchor a = anchor(text, "𠮷野家在广场东侧开设新店🌳🌳🌳");
            String changed = "前言。𠮷𠮷野家在广场西侧开设新店🌲🌳🌳，欢迎光临。后记。";
            AnchorMatch m = Anchoring.locate(a, changed);
            assertThat(m.kind()).isEqualTo(Kind.FUZZY);
            String found = m.passageIn(changed);
            assertThat(found).isEqualTo("𠮷𠮷野家在广场西侧开设新店🌲🌳🌳");
            assertThat(Character.isLowSurrogate(changed.charAt(m.start()))).isFalse();
            assertThat(Character.isLowSurrogate(found.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(found.charAt(found.length() - 1))).isFalse();
            // 15 code points in the quote; three edits: the extra 𠮷, 东 → 西 and 🌳 → 🌲
            assertThat(m.similarity()).isCloseTo(1.0 - 3.0 / 15, within(1e-9));
        }

        @Test
        void anEmojiCountsAsOneEdit() {
            String text = "Meet at the 🌳 near the fountain, every Sunday.";
            TextAnchor a = anchor(text, "Meet at the 🌳 near the fountain");
            String changed = "Meet at the 🌲 near the fountain, every Sunday.";
            AnchorMatch m = Anchoring.locate(a, changed);
            assertFound(m, changed, Kind.FUZZY, "Meet at the 🌲 near the fountain");
            int codePoints = a.quote().codePointCount(0, a.quote().length());
            assertThat(m.similarity()).isCloseTo(1.0 - 1.0 / codePoints, within(1e-9));
        }
    }

    @Nested
    class Algorithm {

        @Test
        void bitParallelSearchAgreesWithThePlainDynamicProgramme() {
            Random random = new Random(42);
            int[] alphabet = {'a', 'b', 'c', 'd', '树', '𠮷'};
            for (int round = 0; round < 400; round++) {
                int m = 1 + random.nextInt(round % 4 == 0 ? 200 : 70);
                int[] p = random.ints(m, 0, alphabet.length).map(i -> alphabet[i]).toArray();
                int[] t = random.ints(random.nextInt(300), 0, alphabet.length).map(i -> alphabet[i]).toArray();
                assertThat(Anchoring.endDistances(p, t)).as("m=%d n=%d", m, t.length)
                        .containsExactly(Anchoring.endDistancesSlowly(p, t));
            }
        }
    }

    @Nested
    class Performance {

        private static String longText(int length, long seed) {
            String[] words = {"the", "square", "plan", "trees", "residents", "budget", "phase", "market", "north",
                "benches", "shade", "cars", "park", "公园", "树", "居民", "and", "of", "a", "with"};
            Random random = new Random(seed);
            StringBuilder sb = new StringBuilder(length + 20);
            while (sb.length() < length) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            return sb.substring(0, length);
        }

        @Test
        void fiftyThousandCharactersStayFast() {
            String text = longText(50_000, 7);
            int start = 31_000;
            TextAnchor shortQuote = TextAnchor.of(text, start, start + 80);
            TextAnchor longQuote = TextAnchor.of(text, 10_000, 11_000);
            String edited = text.substring(0, 31_020) + "XYZ" + text.substring(31_025);
            String deleted = text.substring(0, 9_990) + text.substring(11_010);
            String longEdited = text.substring(0, 10_200) + "some rewritten words" + text.substring(10_300);

            Anchoring.locate(shortQuote, edited); // warm up
            long began = System.nanoTime();
            AnchorMatch fuzzy = Anchoring.locate(shortQuote, edited);
            AnchorMatch gone = Anchoring.locate(longQuote, deleted);
            AnchorMatch longFuzzy = Anchoring.locate(longQuote, longEdited);
            AnchorMatch exact = Anchoring.locate(shortQuote, "preface " + text);
            long millis = (System.nanoTime() - began) / 1_000_000;
            System.out.printf("AnchoringTest: four locates in 50,000 characters took %d ms%n", millis);

            assertThat(fuzzy.kind()).isEqualTo(Kind.FUZZY);
            assertThat(fuzzy.start()).isEqualTo(start);
            assertThat(gone.kind()).isEqualTo(Kind.OUTDATED);
            assertThat(longFuzzy.kind()).isEqualTo(Kind.FUZZY);
            assertThat(longFuzzy.start()).isEqualTo(10_000);
            assertThat(exact.kind()).isEqualTo(Kind.EXACT);
            assertThat(millis).as("four locates in 50,000 characters took %d ms", millis).isLessThan(2_000);
        }
    }
}
