package org.cohesion.synthesis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.CurrentUser;
import org.cohesion.synthesis.internal.ContributionReader;
import org.cohesion.synthesis.internal.DraftLineData;
import org.cohesion.synthesis.internal.FrozenCitationData;
import org.cohesion.synthesis.internal.SummaryDraftEntity;
import org.cohesion.synthesis.internal.SummaryDraftRepository;
import org.cohesion.synthesis.internal.SummaryGate;
import org.cohesion.synthesis.internal.SummaryVersionEntity;
import org.cohesion.synthesis.internal.SummaryVersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The "what we heard" text of a plan: one draft that its planners and moderators edit (each line citing the
 * contributions it speaks for), and published versions that every member of the plan's community reads. A line
 * without a citation cannot be published; publishing freezes the lines and a copy of each cited contribution, and
 * every later publish is a new version.
 */
@Service
public class SummaryService {

    /** The most characters a line may hold. */
    public static final int MAX_LINE = 2_000;
    /** The most lines a summary may hold. */
    public static final int MAX_LINES = 200;
    /** The most contributions one line may cite. */
    public static final int MAX_CITATIONS = 20;

    private final SummaryGate gate;
    private final SummaryDraftRepository drafts;
    private final SummaryVersionRepository versions;
    private final ContributionReader reader;
    private final PeopleDirectory people;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SummaryService(SummaryGate gate, SummaryDraftRepository drafts, SummaryVersionRepository versions,
                   ContributionReader reader, PeopleDirectory people, PlanService plans, CurrentUser currentUser,
                   Transactions transactions, Clock clock, ApplicationEventPublisher events) {
        this.gate = gate;
        this.drafts = drafts;
        this.versions = versions;
        this.reader = reader;
        this.people = people;
        this.plans = plans;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** The plan's draft (empty, without a version, before its first save); for those who build the summary. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public SummaryDraft draft(long planId) {
        gate.requireBuilder(planId);
        return transactions.read(() -> drafts.findByPlanId(planId).map(this::view)
                .orElse(new SummaryDraft(planId, null, List.of(), null, null)));
    }

    /**
     * Saves the draft's lines over the version the editor started from ({@code expectedVersion}, null for a first
     * save); someone else's save in between is refused as stale. Lines without text and citations are dropped.
     * Citations must name contributions of this plan. Drafts may hold lines without citations; publishing refuses.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public SummaryDraft saveDraft(long planId, Long expectedVersion, List<SummaryLine> lines) {
        SummaryAccess access = gate.requireBuilder(planId);
        List<SummaryLine> kept = check(lines, access);
        long me = currentUser.requireId();
        Instant now = clock.instant();
        try {
            return transactions.write(() -> {
                SummaryDraftEntity draft = drafts.findByPlanId(planId).orElse(null);
                Long current = draft == null ? null : draft.getVersion();
                if (!java.util.Objects.equals(current, expectedVersion)) {
                    throw stale();
                }
                if (draft == null) {
                    draft = new SummaryDraftEntity(planId, me, now);
                }
                draft.replace(kept.stream().map(l -> new DraftLineData(l.text().strip(), l.cited())).toList(),
                        me, now);
                return view(drafts.saveAndFlush(draft));
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw stale();
        }
    }

    /**
     * Publishes the draft as the plan's next version, exactly as saved at {@code expectedVersion}. Refused when a
     * line cites nothing (the message names the line), when a cited contribution is gone, or when the draft is
     * empty or changed meanwhile.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public PublishedSummary publish(long planId, long expectedVersion) {
        SummaryAccess access = gate.requireBuilder(planId);
        CohesionUser me = currentUser.require();
        String title = plans.open(planId).value(PlanField.TITLE);
        Set<Long> cited = new HashSet<>();
        PublishedSummary summary;
        try {
            summary = transactions.write(() -> {
                SummaryDraftEntity draft = drafts.findByPlanId(planId).orElse(null);
                if (draft == null || draft.getVersion() != expectedVersion) {
                    throw stale();
                }
                List<Contribution> all = reader.read(planId, access.communityId());
                Map<String, Contribution> byId = new HashMap<>();
                all.forEach(c -> byId.put(c.id(), c));
                List<DraftLineData> lines = draft.getLines();
                if (lines.isEmpty()) {
                    throw ValidationException.of("lines", "synthesis.publish.empty");
                }
                Validation v = new Validation();
                List<FrozenCitationData> frozen = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    DraftLineData line = lines.get(i);
                    String field = "line-" + (i + 1);
                    if (line.getCited().isEmpty()) {
                        v.reject(field, "synthesis.publish.uncited", i + 1, excerpt(line.getBody()));
                    }
                    for (String ref : line.getCited()) {
                        Contribution c = byId.get(ref);
                        if (c == null) {
                            v.reject(field, "synthesis.publish.gone", i + 1, excerpt(line.getBody()));
                            continue;
                        }
                        frozen.add(new FrozenCitationData(i, c.id(), c.kind().name(), c.category().name(), c.quote(),
                                c.text(), c.authorName(), c.createdAt(), c.link()));
                        cited.add(c.authorId());
                    }
                }
                v.throwIfInvalid();
                Set<Long> authors = new HashSet<>();
                all.forEach(c -> authors.add(c.authorId()));
                SummaryVersionEntity published = versions.saveAndFlush(new SummaryVersionEntity(planId,
                        versions.maxNumber(planId) + 1, me.id(), me.displayName(), clock.instant(), all.size(),
                        authors.size(), lines.stream().map(DraftLineData::getBody).toList(), frozen));
                return view(published, title);
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw stale();
        }
        events.publishEvent(new SummaryPublished(planId, summary.number(), Set.copyOf(cited), me.id()));
        return summary;
    }

    /** The newest published version, if any; for every member of the plan's community. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedSummary> published(long planId) {
        gate.requireReader(planId);
        String title = plans.open(planId).value(PlanField.TITLE);
        return transactions.read(() -> versions.findFirstByPlanIdOrderByNumberDesc(planId).map(v -> view(v, title)));
    }

    /** A published version by number; for those who build the summary. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public Optional<PublishedSummary> version(long planId, int number) {
        gate.requireBuilder(planId);
        String title = plans.open(planId).value(PlanField.TITLE);
        return transactions.read(() -> versions.findByPlanIdAndNumber(planId, number).map(v -> view(v, title)));
    }

    /** The plan's published versions, newest first; for those who build the summary. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public List<SummaryVersionInfo> versions(long planId) {
        gate.requireBuilder(planId);
        return transactions.read(() -> versions.versions(planId).stream()
                .map(r -> new SummaryVersionInfo((Integer) r[0], (String) r[1], (Instant) r[2])).toList());
    }

    private List<SummaryLine> check(List<SummaryLine> lines, SummaryAccess access) {
        List<SummaryLine> kept = lines.stream()
                .filter(l -> !(l.text().isBlank() && l.cited().isEmpty())).toList();
        Validation v = new Validation();
        if (kept.size() > MAX_LINES) {
            v.reject("lines", "synthesis.lines.too-many", MAX_LINES);
            v.throwIfInvalid();
        }
        Set<String> known = null;
        for (int i = 0; i < kept.size(); i++) {
            SummaryLine line = kept.get(i);
            String field = "line-" + (i + 1);
            if (line.text().isBlank()) {
                v.reject(field, "synthesis.line.required", i + 1);
            } else if (line.text().strip().codePointCount(0, line.text().strip().length()) > MAX_LINE) {
                v.reject(field, "synthesis.line.too-long", i + 1, MAX_LINE);
            }
            if (new LinkedHashSet<>(line.cited()).size() > MAX_CITATIONS) {
                v.reject(field, "synthesis.line.too-many-citations", i + 1, MAX_CITATIONS);
            }
            if (!line.cited().isEmpty()) {
                if (known == null) {
                    Set<String> ids = new HashSet<>();
                    transactions.read(() -> reader.read(access.planId(), access.communityId()))
                            .forEach(c -> ids.add(c.id()));
                    known = ids;
                }
                if (!known.containsAll(line.cited())) {
                    v.reject(field, "synthesis.line.unknown-citation", i + 1);
                }
            }
        }
        v.throwIfInvalid();
        return kept.stream().map(l -> new SummaryLine(l.text(), List.copyOf(new LinkedHashSet<>(l.cited()))))
                .toList();
    }

    private static ValidationException stale() {
        return ValidationException.of("draft", "synthesis.draft.stale");
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 40 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 40)) + "…";
    }

    private SummaryDraft view(SummaryDraftEntity d) {
        String by = people.displayNames(List.of(d.getUpdatedBy())).get(d.getUpdatedBy());
        return new SummaryDraft(d.getPlanId(), d.getVersion(),
                d.getLines().stream().map(l -> new SummaryLine(l.getBody(), l.getCited())).toList(),
                d.getUpdatedAt(), by);
    }

    private static PublishedSummary view(SummaryVersionEntity v, String title) {
        List<String> bodies = v.getLines();
        List<List<Citation>> cites = new ArrayList<>();
        bodies.forEach(b -> cites.add(new ArrayList<>()));
        for (FrozenCitationData c : v.getCitations()) {
            cites.get(c.getLineNo()).add(new Citation(c.getContribution(), ContributionKind.valueOf(c.getKind()),
                    ContributionCategory.valueOf(c.getCategory()), c.getQuote(), c.getBody(), c.getAuthorName(),
                    c.getContributedAt(), c.getLink()));
        }
        List<PublishedLine> lines = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            lines.add(new PublishedLine(bodies.get(i), List.copyOf(cites.get(i))));
        }
        return new PublishedSummary(v.getPlanId(), title, v.getNumber(), v.getAuthorName(), v.getPublishedAt(),
                v.getContributionCount(), v.getParticipantCount(), lines);
    }
}
