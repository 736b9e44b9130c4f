package org.cohesion.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.BilingualText;
import org.cohesion.people.CommunityAccess;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.proposal.internal.ProposalPhotoRepository;
import org.cohesion.proposal.internal.ProposalRepository;
import org.cohesion.proposal.internal.ProposalSettingsRepository;
import org.cohesion.proposal.internal.ProposalSupportRepository;
import org.cohesion.proposal.internal.SimilarityCandidate;
import org.cohesion.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Resident proposals: members propose ideas for spaces of their community, others support them (once each,
 * never their own) until they reach the community's threshold (READY) or expire. Lists, details, similar
 * proposals, photos and the community's rules.
 */
@Service
public class ProposalService {

    /** The most similar proposals suggested while a new one is typed. */
    public static final int MAX_SIMILAR = 5;
    /** How many of a community's newest supportable proposals are compared with the typed text. */
    static final int SIMILAR_CANDIDATES = 1_000;
    /** The largest photo accepted, in bytes (5 MB). */
    public static final int MAX_PHOTO_BYTES = PhotoFiles.MAX_BYTES;
    public static final int MAX_TITLE = ProposalTexts.MAX_TITLE;
    public static final int MAX_DESCRIPTION = ProposalTexts.MAX_DESCRIPTION;
    public static final int MAX_LOCATION = ProposalTexts.MAX_LOCATION;
    public static final int MAX_REASON = ProposalTexts.MAX_REASON;

    private static final int ATTEMPTS = 5;

    private final ProposalRepository proposals;
    private final ProposalSupportRepository supports;
    private final ProposalPhotoRepository photos;
    private final ProposalSettingsRepository settings;
    private final ProposalAccess access;
    private final CommunityAccess communityAccess;
    private final CommunityService communities;
    private final PeopleDirectory people;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ProposalRules defaults;
    private final ProposalAnnouncer announcer;

    ProposalService(ProposalRepository proposals, ProposalSupportRepository supports, ProposalPhotoRepository photos,
                    ProposalSettingsRepository settings, ProposalAccess access, CommunityAccess communityAccess,
                    CommunityService communities, PeopleDirectory people, PlanService plans, CurrentUser currentUser,
                    Transactions transactions, Clock clock, ProposalAnnouncer announcer,
                    @Value("${cohesion.proposals.support-threshold:5}") int defaultThreshold,
                    @Value("${cohesion.proposals.open-days:60}") int defaultOpenDays) {
        this.proposals = proposals;
        this.supports = supports;
        this.photos = photos;
        this.settings = settings;
        this.access = access;
        this.communityAccess = communityAccess;
        this.communities = communities;
        this.people = people;
        this.plans = plans;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.announcer = announcer;
        this.defaults = new ProposalRules(defaultThreshold, defaultOpenDays);
    }

    /**
     * Proposes an idea in one of the viewer's communities and returns its id. The community's current threshold
     * and open period are fixed on it. Nothing is stored when a field or the photo is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public long create(NewProposal proposal) {
        return create(proposal, now());
    }

    long create(NewProposal form, Instant now) {
        communityAccess.requireMemberOf(form.communityId());
        String title = ProposalTexts.clean(form.title());
        String description = form.description() == null || form.description().isBlank() ? null
                : form.description().strip();
        String location = ProposalTexts.clean(form.location());
        Validation v = new Validation();
        ProposalTexts.check(v, title, description, form.kind(), location);
        String photoType = form.photo() == null ? null : PhotoFiles.check(v, form.photo());
        v.throwIfInvalid();
        long me = currentUser.requireId();
        return transactions.write(() -> {
            ProposalRules rules = rulesOf(form.communityId());
            Proposal proposal = proposals.save(new Proposal(form.communityId(), me, title, description, form.kind(),
                    location, rules.supportThreshold(), now, now.plus(Duration.ofDays(rules.openDays()))));
            if (photoType != null) {
                photos.save(new ProposalPhoto(proposal.getId(), form.photo()));
                proposal.photo(photoType, PhotoFiles.sha256(form.photo()));
            }
            proposals.flush();
            return proposal.getId();
        });
    }

    /** One page of the proposals of the viewer's communities matching the filter. */
    @PreAuthorize("isAuthenticated()")
    public List<ProposalSummary> search(ProposalFilter filter, int offset, int limit) {
        Map<Long, BilingualText> mine = myCommunityNames();
        if (!inMine(filter, mine)) {
            return List.of();
        }
        Instant now = now();
        Query q = Query.of(filter, mine.keySet(), now);
        OffsetLimit page = new OffsetLimit(Math.max(0, offset), Math.max(1, limit));
        return transactions.read(() -> {
            List<Proposal> found = filter.sort() == ProposalSort.MOST_SUPPORTED
                    ? proposals.mostSupported(q.communities(), filter.communityId(), filter.kind(), q.status(),
                    q.liveAt(), q.expiredAt(), page)
                    : proposals.newest(q.communities(), filter.communityId(), filter.kind(), q.status(), q.liveAt(),
                    q.expiredAt(), page);
            Map<Long, String> names = people.displayNames(found.stream().map(Proposal::getAuthorId)
                    .collect(Collectors.toSet()));
            return found.stream().map(p -> new ProposalSummary(p.getId(), p.getCommunityId(),
                    mine.get(p.getCommunityId()), p.getTitle(), p.getKind(), p.getLocation(),
                    names.getOrDefault(p.getAuthorId(), ""), p.getCreatedAt(), p.getSupportCount(),
                    p.getSupportThreshold(), p.statusAt(now), p.getExpiresAt())).toList();
        });
    }

    /** How many proposals of the viewer's communities match the filter. */
    @PreAuthorize("isAuthenticated()")
    public long count(ProposalFilter filter) {
        Map<Long, BilingualText> mine = myCommunityNames();
        if (!inMine(filter, mine)) {
            return 0;
        }
        Query q = Query.of(filter, mine.keySet(), now());
        return transactions.read(() -> proposals.count(q.communities(), filter.communityId(), filter.kind(),
                q.status(), q.liveAt(), q.expiredAt()));
    }

    /** A proposal the viewer may see, in full; one of another community is reported as not found. */
    @PreAuthorize("isAuthenticated()")
    public ProposalDetails proposal(long proposalId) {
        return proposal(proposalId, now());
    }

    ProposalDetails proposal(long proposalId, Instant now) {
        return transactions.read(() -> details(access.visible(proposalId), now));
    }

    /** Adds the viewer's support; refused for their own proposal, a second time, or once it no longer gathers support. */
    @PreAuthorize("isAuthenticated()")
    public ProposalDetails support(long proposalId) {
        return support(proposalId, now());
    }

    ProposalDetails support(long proposalId, Instant now) {
        long me = currentUser.requireId();
        boolean[] becameReady = {false};
        withRetry(() -> transactions.write(() -> {
            Proposal proposal = access.visible(proposalId);
            if (proposal.getAuthorId() == me) {
                throw ValidationException.of("support", "proposal.support.own");
            }
            requireSupportable(proposal, now);
            if (supports.existsByProposalIdAndUserId(proposalId, me)) {
                throw ValidationException.of("support", "proposal.support.twice");
            }
            supports.save(new ProposalSupport(proposalId, me, now));
            supports.flush();
            ProposalStatus before = proposal.getStatus();
            proposal.supportCount(supports.countByProposalId(proposalId), now);
            proposals.flush();
            becameReady[0] = before != ProposalStatus.READY && proposal.getStatus() == ProposalStatus.READY;
            return proposalId;
        }));
        if (becameReady[0]) {
            announcer.changed(proposalId, me);
        }
        return proposal(proposalId, now);
    }

    /** Withdraws the viewer's support while the proposal still gathers support; a READY proposal stays READY. */
    @PreAuthorize("isAuthenticated()")
    public ProposalDetails withdrawSupport(long proposalId) {
        Instant now = now();
        long me = currentUser.requireId();
        withRetry(() -> transactions.write(() -> {
            Proposal proposal = access.visible(proposalId);
            requireSupportable(proposal, now);
            if (supports.withdraw(proposalId, me) == 0) {
                throw ValidationException.of("support", "proposal.support.none");
            }
            proposal.supportCount(supports.countByProposalId(proposalId), now);
            proposals.flush();
            return proposalId;
        }));
        return proposal(proposalId, now);
    }

    /**
     * Up to five proposals of the community still gathering support whose title and description share words
     * (English) or character pairs (Chinese) with the typed text, most similar first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<SimilarProposal> similar(long communityId, String title, String description) {
        communityAccess.requireMemberOf(communityId);
        Set<String> typed = Similarity.terms(cut(title, ProposalTexts.MAX_TITLE) + "\n"
                + cut(description, ProposalTexts.MAX_DESCRIPTION));
        if (typed.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        List<SimilarityCandidate> candidates = transactions.read(() ->
                proposals.supportable(communityId, now, new OffsetLimit(0, SIMILAR_CANDIDATES)));
        return candidates.stream()
                .map(c -> new SimilarProposal(c.id(), c.title(), Similarity.score(typed, c.title(), c.description())))
                .filter(s -> s.score() >= Similarity.MIN_SCORE)
                .sorted(Comparator.comparingInt(SimilarProposal::score).reversed()
                        .thenComparing(Comparator.comparingLong(SimilarProposal::id).reversed()))
                .limit(MAX_SIMILAR)
                .toList();
    }

    /** The photo of a proposal the viewer may see; not found when it has none or is not visible. */
    @PreAuthorize("isAuthenticated()")
    public ProposalPhotoImage photo(long proposalId) {
        return transactions.read(() -> {
            Proposal proposal = access.visible(proposalId);
            if (proposal.getPhotoType() == null) {
                throw new ObjectNotFoundException("Photo of proposal " + proposalId);
            }
            ProposalPhoto photo = photos.findById(proposalId)
                    .orElseThrow(() -> new ObjectNotFoundException("Photo of proposal " + proposalId));
            return new ProposalPhotoImage(proposal.getPhotoType(), photo.getContent(), proposal.getPhotoSha256());
        });
    }

    /** Checks a photo before it is sent with a new proposal; throws ValidationException (field "photo") if refused. */
    @PreAuthorize("isAuthenticated()")
    public void checkPhoto(byte[] bytes) {
        Validation v = new Validation();
        PhotoFiles.check(v, bytes);
        v.throwIfInvalid();
    }

    /** The rules new proposals of one of the viewer's communities get. */
    @PreAuthorize("isAuthenticated()")
    public ProposalRules rules(long communityId) {
        communityAccess.requireMemberOf(communityId);
        return transactions.read(() -> rulesOf(communityId));
    }

    /** Sets a community's threshold and open period for new proposals. Planners of the community and admins. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public ProposalRules updateRules(long communityId, int supportThreshold, int openDays) {
        if (!access.canManage(communityId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a planner of " + communityId);
        }
        Validation v = new Validation();
        if (supportThreshold < ProposalRules.MIN_THRESHOLD || supportThreshold > ProposalRules.MAX_THRESHOLD) {
            v.reject("threshold", "proposal.rules.threshold-range", ProposalRules.MIN_THRESHOLD,
                    ProposalRules.MAX_THRESHOLD);
        }
        if (openDays < ProposalRules.MIN_DAYS || openDays > ProposalRules.MAX_DAYS) {
            v.reject("openDays", "proposal.rules.days-range", ProposalRules.MIN_DAYS, ProposalRules.MAX_DAYS);
        }
        v.throwIfInvalid();
        return withRetry(() -> transactions.write(() -> {
            settings.findById(communityId).ifPresentOrElse(s -> s.update(supportThreshold, openDays),
                    () -> settings.save(new ProposalSettings(communityId, supportThreshold, openDays)));
            settings.flush();
            return new ProposalRules(supportThreshold, openDays);
        }));
    }

    /** The proposal a plan the viewer may see was made from, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProposalLink> fromPlan(long planId) {
        plans.permissions(planId);
        return transactions.read(() -> proposals.findByPlanId(planId).stream().findFirst()
                .map(p -> new ProposalLink(p.getId(), p.getTitle())));
    }

    ProposalRules rulesOf(long communityId) {
        return settings.findById(communityId)
                .map(s -> new ProposalRules(s.getSupportThreshold(), s.getOpenDays())).orElse(defaults);
    }

    ProposalDetails details(Proposal p, Instant now) {
        long me = currentUser.requireId();
        Set<Long> ids = new HashSet<>();
        ids.add(p.getAuthorId());
        if (p.getClosedBy() != null) {
            ids.add(p.getClosedBy());
        }
        Map<Long, String> names = people.displayNames(ids);
        ProposalLink mergedInto = p.getMergedIntoId() == null ? null : proposals.findById(p.getMergedIntoId())
                .map(t -> new ProposalLink(t.getId(), t.getTitle())).orElse(null);
        List<ProposalLink> mergedFrom = proposals.findByMergedIntoIdOrderByIdAsc(p.getId()).stream()
                .map(s -> new ProposalLink(s.getId(), s.getTitle())).toList();
        ProposalLink plan = p.getPlanId() == null ? null : planLink(p.getPlanId());
        String photoUrl = p.getPhotoSha256() == null ? null
                : "proposal-photos/" + p.getId() + "/" + p.getPhotoSha256().substring(0, 16);
        BilingualText community = myCommunityNames().getOrDefault(p.getCommunityId(), new BilingualText(null, null));
        return new ProposalDetails(p.getId(), p.getCommunityId(), community, p.getTitle(), p.getDescription(),
                p.getKind(), p.getLocation(), p.getAuthorId(), names.getOrDefault(p.getAuthorId(), ""),
                p.getCreatedAt(), p.getExpiresAt(), p.getReadyAt(), p.statusAt(now), p.getSupportCount(),
                p.getSupportThreshold(), p.getAuthorId() == me, supports.existsByProposalIdAndUserId(p.getId(), me),
                access.canManage(p.getCommunityId()), p.getDeclineReason(), p.getClosedAt(),
                p.getClosedBy() == null ? null : names.get(p.getClosedBy()), mergedInto, mergedFrom, plan, photoUrl);
    }

    private ProposalLink planLink(long planId) {
        try {
            return new ProposalLink(planId, plans.open(planId).value(PlanField.TITLE));
        } catch (ObjectNotFoundException e) {
            return null;
        }
    }

    private static void requireSupportable(Proposal proposal, Instant now) {
        if (!proposal.statusAt(now).acceptsSupport()) {
            throw ValidationException.of("support", "proposal.support.closed");
        }
    }

    private Map<Long, BilingualText> myCommunityNames() {
        return communities.myCommunities().stream()
                .collect(Collectors.toMap(MyCommunity::communityId, MyCommunity::name, (a, b) -> a));
    }

    private static boolean inMine(ProposalFilter filter, Map<Long, BilingualText> mine) {
        return !mine.isEmpty() && (filter.communityId() == null || mine.containsKey(filter.communityId()));
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Now, to the microsecond the database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static <T> T withRetry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS) {
                    throw e instanceof OptimisticLockingFailureException o ? o
                            : new org.springframework.dao.ConcurrencyFailureException("Concurrent change", e);
                }
            }
        }
    }

    /** The list filter's status as stored status plus an expiry condition (OPEN and EXPIRED are stored alike). */
    private record Query(Set<Long> communities, ProposalStatus status, Instant liveAt, Instant expiredAt) {
        static Query of(ProposalFilter filter, Set<Long> communities, Instant now) {
            ProposalStatus s = filter.status();
            if (s == ProposalStatus.OPEN) {
                return new Query(communities, ProposalStatus.OPEN, now, null);
            }
            if (s == ProposalStatus.EXPIRED) {
                return new Query(communities, ProposalStatus.OPEN, null, now);
            }
            return new Query(communities, s, null, null);
        }
    }
}
