package org.cohesion.synthesis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.Theme;

/**
 * Keyword themes by TF-IDF over a plan's contributions as documents. A text with Chinese characters is analysed
 * with Lucene's smart Chinese analyser (word segmentation; English words in it are stemmed too), any other text
 * with the English analyser (stop words, possessives, Porter stemming). Dropped everywhere: English stop words,
 * one-character words, numbers and a short list of Chinese function words. A term's weight is the sum over the
 * contributions using it of {@code (1 + ln tf) * ln(1 + N / df)}; only terms used in at least two contributions
 * are themes. Ties go by term, so the same contributions always give the same themes in the same order.
 */
public final class ThemeExtractor {

    /** Lucene's English stop words and more words that say little in feedback ("please", "would", "we"). */
    private static final CharArraySet ENGLISH_STOP = englishStopWords();
    private static final Analyzer CHINESE = new SmartChineseAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer(ENGLISH_STOP);
    /** Frequent two-character function words the smart Chinese analyser keeps (it removes punctuation only). */
    private static final Set<String> CHINESE_STOP = Set.of("我们", "你们", "他们", "她们", "它们", "大家", "自己",
            "这里", "那里", "这个", "那个", "这些", "那些", "一个", "一些", "什么", "怎么", "为什么", "可以", "可能",
            "应该", "需要", "能够", "没有", "还是", "已经", "因为", "所以", "如果", "但是", "而且", "或者", "就是",
            "还有", "非常", "比较", "希望", "觉得", "现在", "时候", "不是", "这样", "那样", "以及", "进行");

    /**
     * Analysed terms by text: analysing (above all Chinese word segmentation) is most of the cost of themes, and a
     * contribution's text rarely changes, so the terms of up to {@link #CACHED} texts are kept (least recently
     * used ones go first). Keyed by the text itself, so an edited text is analysed afresh.
     */
    private static final int CACHED = 100_000;
    private static final Map<String, Terms> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Terms> eldest) {
                    return size() > CACHED;
                }
            });

    private ThemeExtractor() {
    }

    private static CharArraySet englishStopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of("please", "pleas", "more", "would", "could", "should", "also", "very", "veri", "much",
                "many", "like", "want", "need", "just", "make", "get", "can", "will", "here", "what", "which", "who",
                "our", "we", "you", "your", "me", "my", "he", "she", "her", "his", "they", "them", "us", "about",
                "from", "have", "has", "had", "do", "does", "did", "been", "am", "were", "was", "so", "than", "too",
                "some", "any", "all", "one", "only", "other", "its", "how", "when", "where", "why", "out", "up",
                "down", "over", "under", "there", "add", "i", "it's", "don't", "can't", "thank", "thanks", "think"));
        return CharArraySet.unmodifiableSet(set);
    }

    /** The analysed terms of one contribution, each with the words it was written as. */
    record Terms(Map<String, Integer> counts, Map<String, Map<String, Integer>> surfaces) {
    }

    /** The top {@code limit} themes of the contributions. */
    public static List<Theme> themes(List<Contribution> contributions, int limit) {
        int n = contributions.size();
        List<Terms> docs = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Contribution c : contributions) {
            String text = c.fullText() == null ? "" : c.fullText();
            Terms t = CACHE.get(text);
            if (t == null) {
                t = analyse(text);
                CACHE.put(text, t);
            }
            docs.add(t);
            t.counts().keySet().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        Map<String, Double> weights = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (Terms t : docs) {
            t.counts().forEach((term, tf) -> {
                int d = df.get(term);
                if (d >= 2) {
                    weights.merge(term, (1 + Math.log(tf)) * Math.log(1 + (double) n / d), Double::sum);
                    Map<String, Integer> words = surfaces.computeIfAbsent(term, k -> new HashMap<>());
                    t.surfaces().get(term).forEach((w, k) -> words.merge(w, k, Integer::sum));
                }
            });
        }
        List<String> top = weights.keySet().stream()
                .sorted(Comparator.comparing((String term) -> -weights.get(term)).thenComparing(term -> term))
                .limit(limit).toList();
        List<Theme> themes = new ArrayList<>(top.size());
        for (String term : top) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (docs.get(i).counts().containsKey(term)) {
                    members.add(i);
                }
            }
            // strongest use first (most occurrences), then in the contributions' own order (oldest first)
            members.sort(Comparator.comparing((Integer i) -> -docs.get(i).counts().get(term))
                    .thenComparing(i -> i));
            List<Contribution> listed = members.stream().limit(Theme.MAX_LISTED).map(contributions::get).toList();
            themes.add(new Theme(term, label(surfaces.get(term)), round(weights.get(term)), members.size(), listed));
        }
        return themes;
    }

    /** The terms of one text, as the analyser for its language makes them, after the noise filters. */
    static Terms analyse(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        if (text == null || text.isBlank()) {
            return new Terms(counts, surfaces);
        }
        Analyzer analyzer = hasChinese(text) ? CHINESE : ENGLISH;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                String written = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                if (noise(t) || ENGLISH_STOP.contains(written)) {
                    continue;
                }
                counts.merge(t, 1, Integer::sum);
                surfaces.computeIfAbsent(t, k -> new HashMap<>()).merge(written, 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Terms(counts, surfaces);
    }

    /** Whether the text holds Chinese characters (Han script). */
    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean noise(String term) {
        if (term.codePointCount(0, term.length()) < 2) {
            return true;
        }
        if (term.codePoints().allMatch(cp -> Character.isDigit(cp) || cp == '.' || cp == ',' || cp == '-')) {
            return true;
        }
        if (term.codePoints().anyMatch(Character::isDigit) && term.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        return ENGLISH_STOP.contains(term) || CHINESE_STOP.contains(term);
    }

    /** The word most often written for a term (ties: the shortest, then alphabetical). */
    private static String label(Map<String, Integer> words) {
        return words.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static double round(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }
}
