package org.cohesion.proposal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A deterministic resemblance between two texts: the number of terms they share, where the terms are English
 * (or other Latin-script) words, lower-cased, without common stop words, and pairs of adjacent Chinese
 * characters (bigrams, as Chinese has no spaces between words). Title terms count twice.
 */
final class Similarity {

    /** The least score a proposal needs to be suggested as similar. */
    static final int MIN_SCORE = 2;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "for", "from", "has",
            "have", "here", "i", "if", "in", "into", "is", "it", "its", "let", "more", "my", "new", "no", "not",
            "of", "on", "or", "our", "please", "should", "so", "some", "that", "the", "their", "there", "these",
            "this", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "who",
            "will", "with", "would", "you", "your");

    /** Chinese character pairs too common in proposals to say anything. */
    private static final Set<String> STOP_BIGRAMS = Set.of("我们", "希望", "可以", "一个", "建议", "这个", "大家",
            "没有", "居民", "社区");

    private Similarity() {
    }

    /** The distinct terms of a text, in order of appearance. */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, terms);
                if (previousHan >= 0) {
                    String bigram = new StringBuilder().appendCodePoint(previousHan).appendCodePoint(cp).toString();
                    if (!STOP_BIGRAMS.contains(bigram)) {
                        terms.add(bigram);
                    }
                }
                previousHan = cp;
            } else {
                previousHan = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else if (cp != '\'' && cp != '’') {
                    flush(word, terms);
                }
            }
        }
        flush(word, terms);
        return terms;
    }

    /** How much a candidate (title and description) resembles the typed title and description. */
    static int score(Set<String> typed, String title, String description) {
        Set<String> titleTerms = terms(title);
        Set<String> descriptionTerms = terms(description);
        int score = 0;
        for (String term : typed) {
            if (titleTerms.contains(term)) {
                score += 2;
            } else if (descriptionTerms.contains(term)) {
                score += 1;
            }
        }
        return score;
    }

    private static void flush(StringBuilder word, Set<String> terms) {
        if (word.length() > 1) {
            String w = word.toString();
            if (!STOP_WORDS.contains(w)) {
                terms.add(stem(w));
            }
        }
        word.setLength(0);
    }

    /** A plural "benches" or "trees" matches "bench" or "tree". */
    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
