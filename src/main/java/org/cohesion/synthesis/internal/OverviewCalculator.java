package org.cohesion.synthesis.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.ContributionCategory;
import org.cohesion.synthesis.ContributionKind;
import org.cohesion.synthesis.ContributionStatus;
import org.cohesion.synthesis.DrawingRegions;
import org.cohesion.synthesis.Overview;
import org.cohesion.synthesis.Region;
import org.cohesion.synthesis.Tally;

/** Computes the overview from a plan's contributions: pure, so the same input always gives the same figures. */
public final class OverviewCalculator {

    /** Weeks are counted in the district's time zone, as dates are shown. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Longer spans are not padded with empty weeks. */
    private static final int MAX_PADDED_WEEKS = 156;

    /** Most supported first, then oldest, then by id: the order of every list in an overview. */
    public static final Comparator<Contribution> BY_SUPPORT = Comparator.comparingLong(Contribution::support)
            .reversed().thenComparing(Contribution::createdAt).thenComparing(Contribution::id);

    private OverviewCalculator() {
    }

    /** The overview; {@code drawingTitles} names the plan's drawings in their order. */
    public static Overview compute(List<Contribution> all, Map<Long, String> drawingTitles) {
        Map<String, Contribution> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<Long> people = new HashSet<>();
        all.forEach(c -> people.add(c.authorId()));

        List<Tally> byCategory = tally(all, c -> c.category().name(), enumKeys(ContributionCategory.values()));
        List<Tally> byStatus = tally(all, c -> c.status().name(), enumKeys(ContributionStatus.values()));
        List<Tally> byKind = tally(all, c -> c.kind().name(), enumKeys(ContributionKind.values()));
        List<String> sections = new ArrayList<>();
        for (PlanField f : PlanField.values()) {
            if (f.isLongText()) {
                sections.add(f.name());
            }
        }
        sections.add("DRAWINGS");
        sections.add("GENERAL");
        List<Tally> bySection = tally(all, c -> section(located(c, byId)), sections);
        List<String> groups = new ArrayList<>(enumKeys(StakeholderGroup.values()));
        groups.add("NONE");
        List<Tally> byGroup = tally(all, c -> c.group() == null ? "NONE" : c.group().name(), groups);
        List<Tally> byCommunity = tally(all, c -> c.group() == null ? "OUTSIDE" : "MEMBERS",
                List.of("MEMBERS", "OUTSIDE"));

        List<DrawingRegions> byRegion = new ArrayList<>();
        for (Map.Entry<Long, String> d : drawingTitles.entrySet()) {
            List<Contribution> on = all.stream().filter(c -> d.getKey().equals(located(c, byId).drawingId())
                    && located(c, byId).x() != null).toList();
            byRegion.add(new DrawingRegions(d.getKey(), d.getValue(), tally(on, c -> {
                Contribution at = located(c, byId);
                return Region.of(at.x(), at.y()).name();
            }, enumKeys(Region.values()))));
        }

        List<Contribution> ideas = all.stream().filter(c -> c.category() == ContributionCategory.IDEA)
                .sorted(BY_SUPPORT).limit(Overview.TOP_IDEAS).toList();
        List<Contribution> open = all.stream().filter(c -> c.status() == ContributionStatus.OPEN
                && (c.category() == ContributionCategory.CONCERN || c.category() == ContributionCategory.QUESTION))
                .sorted(BY_SUPPORT).toList();
        return new Overview(all.size(), people.size(), byCategory, byStatus, byKind, bySection, byRegion, ideas,
                open.stream().limit(Overview.LIST_LIMIT).toList(), open.size(), byWeek(all), byCommunity, byGroup);
    }

    /** A comment in an annotation's thread is located where its annotation is. */
    private static Contribution located(Contribution c, Map<String, Contribution> byId) {
        if (c.subject() != null) {
            Contribution subject = byId.get(c.subject());
            if (subject != null) {
                return subject;
            }
        }
        return c;
    }

    private static String section(Contribution c) {
        if (c.section() != null) {
            return c.section().name();
        }
        return c.drawingId() != null ? "DRAWINGS" : "GENERAL";
    }

    private static List<Tally> byWeek(List<Contribution> all) {
        TreeMap<LocalDate, List<Contribution>> weeks = new TreeMap<>();
        for (Contribution c : all) {
            LocalDate monday = c.createdAt().atZone(ZONE).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(monday, k -> new ArrayList<>()).add(c);
        }
        List<String> keys = new ArrayList<>();
        if (!weeks.isEmpty()) {
            LocalDate first = weeks.firstKey();
            LocalDate last = weeks.lastKey();
            if (ChronoUnit.WEEKS.between(first, last) <= MAX_PADDED_WEEKS) {
                for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
                    keys.add(d.toString());
                }
            } else {
                weeks.keySet().forEach(d -> keys.add(d.toString()));
            }
        }
        return tally(all, c -> c.createdAt().atZone(ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), keys);
    }

    /** Contributions and distinct people per key, in the order of {@code keys} (zeros included). */
    private static List<Tally> tally(List<Contribution> list, Function<Contribution, String> key, List<String> keys) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<Long>> people = new HashMap<>();
        keys.forEach(k -> counts.put(k, new long[1]));
        for (Contribution c : list) {
            String k = key.apply(c);
            counts.computeIfAbsent(k, x -> new long[1])[0]++;
            people.computeIfAbsent(k, x -> new HashSet<>()).add(c.authorId());
        }
        List<Tally> tallies = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> tallies.add(new Tally(k, n[0], people.getOrDefault(k, Set.of()).size())));
        return tallies;
    }

    private static List<String> enumKeys(Enum<?>[] values) {
        List<String> keys = new ArrayList<>(values.length);
        for (Enum<?> v : values) {
            keys.add(v.name());
        }
        return keys;
    }
}
