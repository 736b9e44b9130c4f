package org.cohesion.plan;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.plan.PlanDiff.Change;
import org.cohesion.plan.PlanDiff.Segment;

/**
 * Word-level differences between two texts, computed with java-diff-utils (Myers) on word tokens. A text is
 * split into runs of letters and digits, runs of whitespace, and single other characters; scripts written
 * without spaces (Chinese, Japanese, Thai, ...) are split per character, so a changed ideograph shows as such.
 * Very different long texts are compared line by line first, so the work stays bounded.
 */
final class WordDiff {

    /** Beyond this many edit steps Myers' algorithm is stopped and a coarser comparison is used. */
    static final int MAX_EDIT_STEPS = 1_000;

    private WordDiff() {
    }

    /** The changes that turn {@code oldText} into {@code newText}; null counts as empty. */
    static List<Segment> diff(String oldText, String newText) {
        String a = oldText == null ? "" : oldText;
        String b = newText == null ? "" : newText;
        List<Segment> raw = new ArrayList<>();
        List<Segment> words = diffTokens(tokens(a), tokens(b));
        if (words != null) {
            raw.addAll(words);
        } else {
            diffLinesThenWords(a, b, raw);
        }
        return tidy(raw);
    }

    /** Splits a text into tokens that concatenate back to it. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            Kind kind = kindOf(cp);
            i += Character.charCount(cp);
            if (kind == Kind.WORD || kind == Kind.SPACE) {
                while (i < n) {
                    int next = text.codePointAt(i);
                    if (kindOf(next) != kind) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** Splits a text into lines, each keeping its line break. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private enum Kind { WORD, SPACE, SINGLE }

    private static Kind kindOf(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return Kind.SPACE;
        }
        if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
            return Kind.SINGLE;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> Kind.SINGLE;
            default -> Kind.WORD;
        };
    }

    /** Line-level comparison of texts too different for a direct word diff; changed blocks are word-diffed. */
    private static void diffLinesThenWords(String a, String b, List<Segment> out) {
        List<String> oldLines = lines(a);
        List<String> newLines = lines(b);
        List<AbstractDelta<String>> deltas = deltas(oldLines, newLines);
        if (deltas == null) {
            out.add(new Segment(Change.DELETED, a));
            out.add(new Segment(Change.INSERTED, b));
            return;
        }
        int position = 0;
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            out.add(new Segment(Change.EQUAL, join(oldLines.subList(position, source.getPosition()))));
            String removed = join(source.getLines());
            String added = join(delta.getTarget().getLines());
            List<Segment> words = diffTokens(tokens(removed), tokens(added));
            if (words != null) {
                out.addAll(words);
            } else {
                out.add(new Segment(Change.DELETED, removed));
                out.add(new Segment(Change.INSERTED, added));
            }
            position = source.getPosition() + source.size();
        }
        out.add(new Segment(Change.EQUAL, join(oldLines.subList(position, oldLines.size()))));
    }

    /** The raw segments of a token diff, or null when it would take too many steps. */
    private static List<Segment> diffTokens(List<String> oldTokens, List<String> newTokens) {
        List<AbstractDelta<String>> deltas = deltas(oldTokens, newTokens);
        if (deltas == null) {
            return null;
        }
        List<Segment> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            out.add(new Segment(Change.EQUAL, join(oldTokens.subList(position, source.getPosition()))));
            out.add(new Segment(Change.DELETED, join(source.getLines())));
            out.add(new Segment(Change.INSERTED, join(delta.getTarget().getLines())));
            position = source.getPosition() + source.size();
        }
        out.add(new Segment(Change.EQUAL, join(oldTokens.subList(position, oldTokens.size()))));
        return out;
    }

    private static List<AbstractDelta<String>> deltas(List<String> from, List<String> to) {
        try {
            return DiffUtils.diff(from, to, new StepBudget()).getDeltas();
        } catch (TooManySteps e) {
            return null;
        }
    }

    /**
     * Drops empty segments, lets a change absorb the whitespace between it and the next change (so "the quick
     * brown" → "a slow red" reads as one deletion and one insertion, not three pairs), and merges neighbours.
     */
    private static List<Segment> tidy(List<Segment> raw) {
        List<Segment> nonEmpty = raw.stream().filter(s -> !s.text().isEmpty()).toList();
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        boolean inChange = false;
        for (int i = 0; i < nonEmpty.size(); i++) {
            Segment s = nonEmpty.get(i);
            switch (s.change()) {
                case DELETED -> {
                    deleted.append(s.text());
                    inChange = true;
                }
                case INSERTED -> {
                    inserted.append(s.text());
                    inChange = true;
                }
                case EQUAL -> {
                    boolean bridge = inChange && s.text().isBlank() && i + 1 < nonEmpty.size()
                            && nonEmpty.get(i + 1).change() != Change.EQUAL;
                    if (bridge) {
                        deleted.append(s.text());
                        inserted.append(s.text());
                    } else {
                        flush(out, deleted, inserted);
                        inChange = false;
                        append(out, s);
                    }
                }
            }
        }
        flush(out, deleted, inserted);
        return List.copyOf(out);
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty() && deleted.toString().equals(inserted.toString())) {
            append(out, new Segment(Change.EQUAL, deleted.toString()));
        } else {
            if (!deleted.isEmpty()) {
                append(out, new Segment(Change.DELETED, deleted.toString()));
            }
            if (!inserted.isEmpty()) {
                append(out, new Segment(Change.INSERTED, inserted.toString()));
            }
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static void append(List<Segment> out, Segment s) {
        if (!out.isEmpty() && out.get(out.size() - 1).change() == s.change()) {
            out.set(out.size() - 1, new Segment(s.change(), out.get(out.size() - 1).text() + s.text()));
        } else {
            out.add(s);
        }
    }

    private static String join(List<String> parts) {
        return String.join("", parts);
    }

    private static final class TooManySteps extends RuntimeException {
        TooManySteps() {
            super(null, null, false, false);
        }
    }

    private static final class StepBudget implements DiffAlgorithmListener {

        private int steps;

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (++steps > MAX_EDIT_STEPS) {
                throw new TooManySteps();
            }
        }

        @Override
        public void diffEnd() {
        }
    }
}
