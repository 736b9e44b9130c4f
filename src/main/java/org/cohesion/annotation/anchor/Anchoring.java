package org.cohesion.annotation.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds an anchored passage again in a changed text: exactly, then approximately, else reports it outdated.
 * Pure and thread-safe; see {@code docs/decisions/0008-text-anchoring.md}.
 *
 * <ol>
 *   <li><b>Exact.</b> Every occurrence of the quote; several are told apart by how well the text around them
 *       matches the stored prefix and suffix, then by nearness to the original start.</li>
 *   <li><b>Fuzzy.</b> Approximate substring matching over code points (Myers' bit-parallel search, then
 *       Sellers' dynamic programme with Ukkonen's cut-off where the best matches end, then a refinement of
 *       the match's edges by context): the substring of the new text with the fewest insertions,
 *       deletions and substitutions against the quote, accepted when
 *       {@code 1 - distance / quoteLength >= }{@link #MIN_SIMILARITY}. Ties are broken as for exact
 *       matches.</li>
 *   <li><b>Outdated</b> otherwise.</li>
 * </ol>
 *
 * <p>Everything is measured in Unicode code points, so a Chinese character or an emoji such as 𠮷 counts
 * as one unit and is never split; returned offsets are {@code String} (UTF-16) indices.
 */
public final class Anchoring {

    /** Least similarity ({@code 1 - editDistance / quoteLength}, code points) a fuzzy match needs. */
    public static final double MIN_SIMILARITY = 0.75;

    /** At most this many equally good candidates (nearest to the hint) are compared by context. */
    static final int MAX_CONTEXT_CANDIDATES = 1_000;

    private Anchoring() {}

    /** Locates {@code anchor} in {@code newText}. */
    public static AnchorMatch locate(TextAnchor anchor, String newText) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(newText, "newText");
        if (newText.isEmpty()) {
            return AnchorMatch.outdated();
        }
        Text text = new Text(newText);
        Context context = new Context(anchor);
        AnchorMatch exact = exact(anchor, text, context);
        return exact != null ? exact : fuzzy(anchor, text, context);
    }

    private static AnchorMatch exact(TextAnchor anchor, Text text, Context context) {
        String quote = anchor.quote();
        List<Candidate> found = new ArrayList<>();
        for (int at = text.string.indexOf(quote); at >= 0; at = text.string.indexOf(quote, at + 1)) {
            int from = text.cpIndex(at);
            found.add(new Candidate(from, from + context.quoteLength, 0));
        }
        if (found.isEmpty()) {
            return null;
        }
        Candidate best = best(found, anchor, text, context);
        return new AnchorMatch(AnchorMatch.Kind.EXACT, text.offset(best.from), text.offset(best.to), 1.0);
    }

    private static AnchorMatch fuzzy(TextAnchor anchor, Text text, Context context) {
        int[] p = context.quote;
        int[] t = text.cps;
        int m = p.length;
        int n = t.length;
        int k = (int) Math.floor(m * (1 - MIN_SIMILARITY) + 1e-9);
        if (k == 0 || m - k > n) {
            return AnchorMatch.outdated(); // nothing may differ, and the exact search found nothing
        }
        // Pass 1 (bit-parallel, fast): the fewest edits of any match ending at each position.
        int[] ends = endDistances(p, t);
        int bestDistance = Integer.MAX_VALUE;
        for (int d : ends) {
            bestDistance = Math.min(bestDistance, d);
        }
        if (bestDistance > k) {
            return AnchorMatch.outdated();
        }
        // Pass 2 (with start positions): only where those best matches end, no further back than a match reaches.
        List<Candidate> found = new ArrayList<>();
        int lo = -1;
        int hi = -1;
        for (int j = 0; j < n; j++) {
            if (ends[j] == bestDistance) {
                int from = Math.max(0, j + 1 - m - bestDistance);
                if (lo >= 0 && from > hi) {
                    scan(p, t, lo, hi, bestDistance, found);
                    lo = -1;
                }
                if (lo < 0) {
                    lo = from;
                }
                hi = j + 1;
            }
        }
        scan(p, t, lo, hi, bestDistance, found);
        Candidate best = refine(best(found, anchor, text, context), text, context, k);
        double similarity = 1.0 - (double) best.distance / m;
        return new AnchorMatch(AnchorMatch.Kind.FUZZY, text.offset(best.from), text.offset(best.to), similarity);
    }

    /**
     * Sellers' search over {@code t[lo, hi)}, adding every match with exactly {@code k} edits (the least there
     * is) to {@code found}. Column j: dist[i] = least edits turning quote[0, i) into some text[s, j + 1);
     * origin[i] = that s. Row 0 is free (a match may start anywhere). Ukkonen: rows below {@code last} exceed
     * k, so they are not computed; the row after the computed ones holds the sentinel k + 1.
     */
    private static void scan(int[] p, int[] t, int lo, int hi, int k, List<Candidate> found) {
        int m = p.length;
        int[] prev = new int[m + 2];
        int[] cur = new int[m + 2];
        int[] prevOrigin = new int[m + 2];
        int[] curOrigin = new int[m + 2];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevOrigin[i] = lo;
        }
        int last = Math.min(k, m);
        for (int j = lo; j < hi; j++) {
            int c = t[j];
            cur[0] = 0;
            curOrigin[0] = j + 1;
            int top = Math.min(m, last + 1);
            for (int i = 1; i <= top; i++) {
                int d = prev[i - 1] + (p[i - 1] == c ? 0 : 1);
                int o = prevOrigin[i - 1];
                int left = prev[i] + 1;
                if (left < d) {
                    d = left;
                    o = prevOrigin[i];
                }
                int up = cur[i - 1] + 1;
                if (up < d) {
                    d = up;
                    o = curOrigin[i - 1];
                }
                cur[i] = d;
                curOrigin[i] = o;
            }
            if (top < m) {
                cur[top + 1] = k + 1;
            }
            last = top;
            while (cur[last] > k) {
                last--;
            }
            if (last == m && cur[m] == k) {
                found.add(new Candidate(curOrigin[m], j + 1, k));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevOrigin;
            prevOrigin = curOrigin;
            curOrigin = swap;
        }
    }

    /**
     * {@code result[j]} = least edits turning the quote into some {@code t[s, j + 1)}: Myers' bit-parallel
     * algorithm (1999) in blocks of 64 pattern rows, O(n · ⌈m / 64⌉). Rows padding the last block match
     * nothing; their vertical deltas are taken off to read row m.
     */
    static int[] endDistances(int[] p, int[] t) {
        int m = p.length;
        int blocks = (m + 63) >>> 6;
        Map<Integer, long[]> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            peq.computeIfAbsent(p[i], c -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
        }
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        int[] score = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            pv[b] = -1L;
            score[b] = (b + 1) * 64;
        }
        long padding = (m & 63) == 0 ? 0L : -1L << (m & 63);
        int lastBlock = blocks - 1;
        int[] result = new int[t.length];
        for (int j = 0; j < t.length; j++) {
            long[] eqs = peq.get(t[j]);
            int hin = 0; // row 0 is free: no horizontal change above the first block
            for (int b = 0; b < blocks; b++) {
                long eq = eqs == null ? 0L : eqs[b];
                long pvb = pv[b];
                long mvb = mv[b];
                long hinNeg = hin < 0 ? 1L : 0L;
                long xv = eq | mvb;
                eq |= hinNeg;
                long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                long ph = mvb | ~(xh | pvb);
                long mh = pvb & xh;
                int hout = (int) (ph >>> 63) - (int) (mh >>> 63);
                ph = (ph << 1) | (hin > 0 ? 1L : 0L);
                mh = (mh << 1) | hinNeg;
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                score[b] += hout;
                hin = hout;
            }
            result[j] = score[lastBlock] - Long.bitCount(pv[lastBlock] & padding)
                    + Long.bitCount(mv[lastBlock] & padding);
        }
        return result;
    }

    /** Reference for {@link #endDistances}: the plain dynamic programme (tests only). */
    static int[] endDistancesSlowly(int[] p, int[] t) {
        int m = p.length;
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int[] result = new int[t.length];
        for (int j = 0; j < t.length; j++) {
            int diagonal = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int left = col[i];
                col[i] = Math.min(Math.min(left + 1, col[i - 1] + 1), diagonal + (p[i - 1] == t[j] ? 0 : 1));
                diagonal = left;
            }
            result[j] = col[m];
        }
        return result;
    }

    /** Of equally close candidates: best context, then nearest to the original start, then first. */
    private static Candidate best(List<Candidate> found, TextAnchor anchor, Text text, Context context) {
        Comparator<Candidate> byHint = Comparator.comparingInt(c -> Math.abs(text.offset(c.from) - anchor.startHint()));
        List<Candidate> candidates = found;
        if (candidates.size() > MAX_CONTEXT_CANDIDATES) {
            candidates = new ArrayList<>(found);
            candidates.sort(byHint);
            candidates = candidates.subList(0, MAX_CONTEXT_CANDIDATES);
        }
        Candidate best = null;
        double bestScore = -1;
        for (Candidate c : candidates) {
            double score = context.score(text, c);
            if (best == null || score > bestScore || score == bestScore && byHint.compare(c, best) < 0) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Moves the ends of a fuzzy match to where quote and context together fit best. The search above keeps,
     * for each end, only the start with the fewest edits, so an insertion at the passage's edge ("把市场" →
     * "把农贸市场") would otherwise lose the first character ("贸市场" is one substitution away, "把农贸市场"
     * two insertions). Here each start within reach is priced as edits to the quote plus edits to the
     * prefix, then each end likewise with the suffix.
     */
    private static Candidate refine(Candidate c, Text text, Context context, int k) {
        int[] t = text.cps;
        int m = context.quoteLength;
        // Start: distances of the quote to text[to - l, to) for every l, by a DP over both reversed.
        int lo = Math.max(0, c.to - m - k);
        int[] toStart = anchoredDistances(context.quote, t, c.to, c.to - lo, -1);
        int from = c.from;
        int bestCost = Integer.MAX_VALUE;
        for (int l = Math.max(1, m - k); l <= c.to - lo; l++) {
            if (toStart[l] <= k) {
                int s = c.to - l;
                int cost = toStart[l] + context.prefixEdits(text, s, true);
                if (cost < bestCost || cost == bestCost && s == c.from) {
                    bestCost = cost;
                    from = s;
                }
            }
        }
        // End: distances of the quote to text[from, from + l) for every l.
        int hi = Math.min(t.length, from + m + k);
        int[] toEnd = anchoredDistances(context.quote, t, from, hi - from, +1);
        int to = c.to;
        int distance = toStart[c.to - from];
        bestCost = Integer.MAX_VALUE;
        for (int l = Math.max(1, m - k); l <= hi - from; l++) {
            if (toEnd[l] <= k) {
                int e = from + l;
                int cost = toEnd[l] + context.suffixEdits(text, e, true);
                if (cost < bestCost || cost == bestCost && e == c.to) {
                    bestCost = cost;
                    to = e;
                    distance = toEnd[l];
                }
            }
        }
        return new Candidate(from, to, distance);
    }

    /**
     * {@code result[l]} = edit distance between the quote and the {@code l} code points of {@code t} read from
     * {@code anchor} in {@code direction} (+1: {@code t[anchor, anchor + l)}; -1: {@code t[anchor - l, anchor)},
     * compared with the quote reversed).
     */
    private static int[] anchoredDistances(int[] quote, int[] t, int anchor, int length, int direction) {
        int m = quote.length;
        int[] row = new int[length + 1];
        int[] next = new int[length + 1];
        for (int l = 0; l <= length; l++) {
            row[l] = l;
        }
        for (int i = 1; i <= m; i++) {
            int q = direction > 0 ? quote[i - 1] : quote[m - i];
            next[0] = i;
            for (int l = 1; l <= length; l++) {
                int c = direction > 0 ? t[anchor + l - 1] : t[anchor - l];
                next[l] = Math.min(Math.min(row[l] + 1, next[l - 1] + 1), row[l - 1] + (q == c ? 0 : 1));
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        return row;
    }

    /** Edit distance (Levenshtein) between two code point sequences. */
    static int distance(int[] a, int[] b) {
        int[] row = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length];
    }

    /** A match [from, to) in code points, with its edit distance to the quote. */
    private record Candidate(int from, int to, int distance) {}

    /** The new text as code points, with the way back to UTF-16 offsets. */
    private static final class Text {
        final String string;
        final int[] cps;
        final int[] offsets; // offsets[i] = UTF-16 index of code point i; offsets[cps.length] = length

        Text(String string) {
            this.string = string;
            this.cps = string.codePoints().toArray();
            this.offsets = new int[cps.length + 1];
            int offset = 0;
            for (int i = 0; i < cps.length; i++) {
                offsets[i] = offset;
                offset += Character.charCount(cps[i]);
            }
            offsets[cps.length] = offset;
        }

        int offset(int cpIndex) {
            return offsets[cpIndex];
        }

        int cpIndex(int offset) {
            int i = Arrays.binarySearch(offsets, offset);
            return i >= 0 ? i : -i - 1; // a low surrogate's index maps to the code point after it
        }
    }

    /** The anchor's quote and context as code points, and how well a candidate's surroundings match. */
    private static final class Context {
        private static final int[] WINDOWS = {4, 8, 16, TextAnchor.CONTEXT_LENGTH};

        final int[] quote;
        final int quoteLength;
        final int[] prefix;
        final int[] suffix;

        Context(TextAnchor anchor) {
            this.quote = anchor.quote().codePoints().toArray();
            this.quoteLength = quote.length;
            this.prefix = anchor.prefix().codePoints().toArray();
            this.suffix = anchor.suffix().codePoints().toArray();
        }

        /**
         * 0..1: one minus the context edits (see {@link #prefixEdits}) over the most there could be. A
         * candidate at the start or end of the text lacks context there and pays for it as edits.
         */
        double score(Text text, Candidate c) {
            int total = weight(prefix.length) + weight(suffix.length);
            if (total == 0) {
                return 1.0;
            }
            int edits = prefixEdits(text, c.from, false) + suffixEdits(text, c.to, false);
            return 1.0 - (double) Math.min(edits, total) / total;
        }

        /**
         * Edits between the stored prefix and the text just before {@code at}, compared over the nearest 4, 8,
         * 16 and 32 code points and summed, so the characters right next to the passage weigh most. With
         * {@code clip}, context beyond the start of the text is not compared (costs nothing): used when moving a
         * match's edge, so that missing context never pays for dropping characters of the passage itself.
         */
        int prefixEdits(Text text, int at, boolean clip) {
            int edits = 0;
            for (int w : WINDOWS) {
                int len = Math.min(w, clip ? Math.min(prefix.length, at) : prefix.length);
                int[] stored = Arrays.copyOfRange(prefix, prefix.length - len, prefix.length);
                int[] actual = Arrays.copyOfRange(text.cps, Math.max(0, at - len), at);
                edits += distance(stored, actual);
            }
            return edits;
        }

        /** As {@link #prefixEdits} for the stored suffix and the text from {@code at} on. */
        int suffixEdits(Text text, int at, boolean clip) {
            int edits = 0;
            for (int w : WINDOWS) {
                int len = Math.min(w, clip ? Math.min(suffix.length, text.cps.length - at) : suffix.length);
                int[] stored = Arrays.copyOf(suffix, len);
                int[] actual = Arrays.copyOfRange(text.cps, at, Math.min(text.cps.length, at + len));
                edits += distance(stored, actual);
            }
            return edits;
        }

        private static int weight(int length) {
            int sum = 0;
            for (int w : WINDOWS) {
                sum += Math.min(w, length);
            }
            return sum;
        }
    }
}
