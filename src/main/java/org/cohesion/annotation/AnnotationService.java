package org.cohesion.annotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.annotation.anchor.AnchorMatch;
import org.cohesion.annotation.anchor.Anchoring;
import org.cohesion.annotation.anchor.TextAnchor;
import org.cohesion.annotation.internal.AnnotationRepository;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModeratedContent;
import org.cohesion.moderation.PreModerationService;
import org.cohesion.moderation.Visibility;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanHistoryService;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.ratelimit.RateLimitedAction;
import org.cohesion.ratelimit.RateLimits;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Pins and areas on site drawings, and remarks on passages of a plan's texts. Members of a plan's community
 * place them (not on closed plans), authors move and delete their own (the community's planners any), planners
 * answer them with a status. Everything
 * of a plan the viewer may not see is reported as not found. Bodies are plain text, stored as written. Hidden
 * annotations and those awaiting review are seen only by their authors (marked) and moderators; a person places
 * at most {@code cohesion.rate-limit.annotations-per-minute} a minute.
 */
@Service
public class AnnotationService {

    /** The most characters of an annotation's first comment. */
    public static final int MAX_BODY = 5_000;
    /** The most characters of the reason given when declining. */
    public static final int MAX_REASON = 1_000;
    /** The most points of an area. */
    public static final int MAX_POINTS = 100;
    /** The most remarks highlighted in one text; the list shows all of them, page by page. */
    public static final int MAX_REMARKS_PER_TEXT = 2_000;
    /** The most annotations {@link #createdBetween} returns at once. */
    public static final int MAX_WINDOW = 5_000;

    private static final int ATTEMPTS = 5;

    private final AnnotationRepository annotations;
    private final PlanService plans;
    private final PlanHistoryService history;
    private final DrawingService drawings;
    private final PeopleDirectory people;
    private final DiscussionService discussions;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PreModerationService preModeration;
    private final RateLimits rateLimits;

    AnnotationService(AnnotationRepository annotations, PlanService plans, PlanHistoryService history,
                      DrawingService drawings, PeopleDirectory people, DiscussionService discussions,
                      CurrentUser currentUser, Transactions transactions, Clock clock,
                      ApplicationEventPublisher events, PreModerationService preModeration,
                      RateLimits rateLimits) {
        this.preModeration = preModeration;
        this.rateLimits = rateLimits;
        this.discussions = discussions;
        this.annotations = annotations;
        this.plans = plans;
        this.history = history;
        this.drawings = drawings;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** Places a numbered pin on a drawing of a plan the viewer may see and that is in consultation. */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo placePin(long drawingId, Point point, AnnotationCategory category, String body) {
        return place(drawingId, AnnotationShape.PIN, point == null ? List.of() : List.of(point), category, body);
    }

    /** Places a numbered area (a polygon of at least three points; a rectangle is four) on a drawing. */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo placeArea(long drawingId, List<Point> points, AnnotationCategory category, String body) {
        return place(drawingId, AnnotationShape.AREA, points == null ? List.of() : points, category, body);
    }

    /**
     * Adds a remark on the passage {@code [start, end)} of one of a plan's long texts, as the viewer saw it
     * ({@code seenQuote}). If the text changed meanwhile the passage is looked for again; if it is gone the
     * remark is refused with a message at {@code quote} and nothing is stored. Not on closed plans.
     */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo remark(long planId, PlanField field, int start, int end, String seenQuote,
                                 AnnotationCategory category, String body) {
        PlanPermissions plan = openPlan(planId);
        String checkedBody = body == null ? null : body.strip();
        Validation v = new Validation();
        if (field == null || !field.isLongText()) {
            v.reject("quote", "annotation.error.not-a-text");
        } else if (seenQuote == null || seenQuote.isBlank()) {
            v.reject("quote", "annotation.error.no-passage");
        } else if (seenQuote.length() > TextAnchor.MAX_QUOTE_LENGTH) {
            v.reject("quote", "annotation.error.passage-too-long", TextAnchor.MAX_QUOTE_LENGTH);
        }
        if (category == null) {
            v.reject("category", "validation.required");
        }
        v.required("body", checkedBody).maxLength("body", checkedBody, MAX_BODY);
        v.throwIfInvalid();
        String text = textOf(planId, field);
        TextAnchor anchor = passage(text, start, end, seenQuote);
        if (anchor == null) {
            throw ValidationException.of("quote", "annotation.error.passage-changed");
        }
        long me = currentUser.requireId();
        Visibility visibility = admit(planId, me);
        return submitted(withRetry(() -> transactions.write(() -> {
            int number = annotations.maxNumber(planId) + 1;
            SiteAnnotation remark = SiteAnnotation.remark(planId, number, field, anchor, category, checkedBody, me,
                    now());
            remark.moderate(visibility, null);
            SiteAnnotation a = annotations.saveAndFlush(remark);
            return info(a, plan);
        })), plan);
    }

    /**
     * A plan's long texts that are not empty, each as it reads now with its remarks: where each passage is found
     * (exactly or approximately), or unplaced when it is gone. At most {@link #MAX_REMARKS_PER_TEXT} a text.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RemarkedText> remarkedTexts(long planId) {
        PlanPermissions plan = plans.permissions(planId);
        PlanDetails details = plans.open(planId);
        List<RemarkedText> texts = new ArrayList<>();
        for (PlanField field : PlanField.values()) {
            String text = details.value(field);
            if (field.isLongText() && text != null && !text.isBlank()) {
                texts.add(new RemarkedText(field, text, placed(plan, field, text)));
            }
        }
        return texts;
    }

    private List<PlacedRemark> placed(PlanPermissions plan, PlanField field, String text) {
        long me = currentUser.requireId();
        List<SiteAnnotation> found = transactions.read(() ->
                annotations.remarksSeen(plan.planId(), field, me, seesAll()));
        List<SiteAnnotation> page = found.subList(0, Math.min(found.size(), MAX_REMARKS_PER_TEXT));
        List<AnnotationInfo> infos = infos(page, plan);
        List<PlacedRemark> placed = new ArrayList<>(infos.size());
        for (int i = 0; i < page.size(); i++) {
            AnchorMatch match = Anchoring.locate(page.get(i).getAnchor(), text);
            placed.add(match.isFound() ? new PlacedRemark(infos.get(i), match.start(), match.end())
                    : PlacedRemark.unplaced(infos.get(i)));
        }
        return placed;
    }

    private String textOf(long planId, PlanField field) {
        String text = plans.open(planId).value(field);
        return text == null ? "" : text;
    }

    /** The anchor of the passage the viewer selected, found again if the text moved; null when gone. */
    private static TextAnchor passage(String text, int start, int end, String seenQuote) {
        try {
            if (start >= 0 && end <= text.length() && start < end && text.substring(start, end).equals(seenQuote)) {
                return TextAnchor.of(text, start, end);
            }
            AnchorMatch match = Anchoring.locate(new TextAnchor(seenQuote, "", "", Math.max(0, start)), text);
            return match.kind() == AnchorMatch.Kind.EXACT ? match.reanchor(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Moves an annotation (all its points); the author or the community's planners, not on closed plans. */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo move(long annotationId, List<Point> points) {
        SiteAnnotation current = transactions.read(() -> find(annotationId));
        PlanPermissions plan = openPlan(current.getPlanId());
        if (current.getShape() == AnnotationShape.TEXT) {
            throw ValidationException.of("points", "annotation.error.remark-not-movable");
        }
        Validation v = new Validation();
        checkPoints(v, current.getShape(), points);
        v.throwIfInvalid();
        return withRetry(() -> transactions.write(() -> {
            SiteAnnotation a = find(annotationId);
            requireAuthorOrManager(a, plan);
            a.move(points, now());
            annotations.flush();
            return info(a, plan);
        }));
    }

    /** Deletes an annotation (its number is not reused); the author or the community's planners. */
    @PreAuthorize("isAuthenticated()")
    public void delete(long annotationId) {
        SiteAnnotation current = transactions.read(() -> find(annotationId));
        PlanPermissions plan = plans.permissions(current.getPlanId());
        withRetry(() -> transactions.write(() -> {
            SiteAnnotation a = find(annotationId);
            requireAuthorOrManager(a, plan);
            a.markDeleted(now());
            annotations.flush();
            return a.getId();
        }));
    }

    /**
     * Answers an annotation: planners of the plan's community only. Declining needs a reason; "addressed"
     * needs the number of a revision in the plan's history.
     */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo setStatus(long annotationId, AnnotationStatus status, String reason, Integer revision) {
        SiteAnnotation current = transactions.read(() -> find(annotationId));
        PlanPermissions plan = plans.permissions(current.getPlanId());
        if (!plan.canManage()) {
            throw new AccessDeniedException("Not a planner of this community");
        }
        String checkedReason = reason == null || reason.isBlank() ? null : reason.strip();
        Validation v = new Validation();
        if (status == null) {
            v.reject("status", "validation.required");
        }
        if (status == AnnotationStatus.DECLINED) {
            v.required("reason", checkedReason).maxLength("reason", checkedReason, MAX_REASON);
        } else {
            v.maxLength("reason", checkedReason, MAX_REASON);
        }
        Integer checkedRevision = null;
        if (status == AnnotationStatus.ADDRESSED) {
            int revisions = history.countRevisions(plan.planId());
            if (revision == null) {
                v.reject("revision", "validation.required");
            } else if (revision < 1 || revision > revisions) {
                v.reject("revision", "annotation.error.no-such-revision", revision, revisions);
            }
            checkedRevision = revision;
        }
        v.throwIfInvalid();
        Integer storedRevision = checkedRevision;
        AnnotationInfo answered = withRetry(() -> transactions.write(() -> {
            SiteAnnotation a = find(annotationId);
            a.answer(status, checkedReason, storedRevision, now());
            annotations.flush();
            return info(a, plan);
        }));
        events.publishEvent(new AnnotationAnswered(answered.id(), answered.planId(), answered.number(),
                answered.shape(), answered.authorId(), currentUser.requireId(), answered.status(),
                answered.statusReason(), answered.addressedInRevision()));
        return answered;
    }

    /** One annotation of a plan the viewer may see. */
    @PreAuthorize("isAuthenticated()")
    public AnnotationInfo annotation(long annotationId) {
        SiteAnnotation a = transactions.read(() -> find(annotationId));
        return info(a, plans.permissions(a.getPlanId()));
    }

    /** One page of a plan's annotations matching the filter, by number, for lazy lists. */
    @PreAuthorize("isAuthenticated()")
    public List<AnnotationInfo> list(long planId, AnnotationFilter filter, int offset, int limit) {
        PlanPermissions plan = plans.permissions(planId);
        AnnotationFilter f = filter == null ? new AnnotationFilter(null, null, null) : filter;
        long me = currentUser.requireId();
        List<SiteAnnotation> page = transactions.read(() -> annotations.search(planId, f.drawingId(), f.shape(),
                f.category(), f.status(), me, seesAll(), new OffsetLimit(Math.max(0, offset), Math.max(1, limit))));
        return infos(page, plan);
    }

    /** How many annotations of a plan match the filter. */
    @PreAuthorize("isAuthenticated()")
    public int count(long planId, AnnotationFilter filter) {
        plans.permissions(planId);
        AnnotationFilter f = filter == null ? new AnnotationFilter(null, null, null) : filter;
        long me = currentUser.requireId();
        return (int) (long) transactions.read(() -> annotations.countSearch(planId, f.drawingId(), f.shape(),
                null, f.category(), f.status(), me, seesAll()));
    }

    /** Where an annotation is in the list of those matching the filter (by number), for scrolling to it. */
    @PreAuthorize("isAuthenticated()")
    public int indexOf(long planId, AnnotationFilter filter, AnnotationInfo annotation) {
        plans.permissions(planId);
        AnnotationFilter f = filter == null ? new AnnotationFilter(null, null, null) : filter;
        long me = currentUser.requireId();
        return (int) (long) transactions.read(() -> annotations.countSearch(planId, f.drawingId(), f.shape(),
                annotation.number(), f.category(), f.status(), me, seesAll()));
    }

    /**
     * The live annotations of a plan the viewer may see that were made within a time window (both ends included),
     * oldest first, at most {@code limit} (1..{@value #MAX_WINDOW}): what was annotated during a live session.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AnnotationInfo> createdBetween(long planId, Instant from, Instant to, int limit) {
        PlanPermissions plan = plans.permissions(planId);
        int max = Math.max(1, Math.min(MAX_WINDOW, limit));
        return infos(transactions.read(() -> annotations.createdBetween(planId, from, to, Limit.of(max))), plan);
    }

    /**
     * The numbers of annotations of a plan the viewer may see, by id (deleted ones too, as their number is never
     * reused); ids of other plans are absent. For naming what a comment was about.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> numbersOf(long planId, Collection<Long> annotationIds) {
        plans.permissions(planId);
        if (annotationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> numbers = new HashMap<>();
        transactions.read(() -> annotations.numbers(planId, annotationIds))
                .forEach(row -> numbers.put((Long) row[0], (Integer) row[1]));
        return numbers;
    }

    private AnnotationInfo place(long drawingId, AnnotationShape shape, List<Point> points,
                                 AnnotationCategory category, String body) {
        DrawingInfo drawing = drawings.drawing(drawingId);
        PlanPermissions plan = openPlan(drawing.planId());
        String checkedBody = body == null ? null : body.strip();
        Validation v = new Validation();
        checkPoints(v, shape, points);
        if (category == null) {
            v.reject("category", "validation.required");
        }
        v.required("body", checkedBody).maxLength("body", checkedBody, MAX_BODY);
        v.throwIfInvalid();
        long me = currentUser.requireId();
        Visibility visibility = admit(plan.planId(), me);
        return submitted(withRetry(() -> transactions.write(() -> {
            int number = annotations.maxNumber(plan.planId()) + 1;
            SiteAnnotation placed = new SiteAnnotation(plan.planId(), drawingId, number, shape, points, category,
                    checkedBody, me, now());
            placed.moderate(visibility, null);
            SiteAnnotation a = annotations.saveAndFlush(placed);
            return info(a, plan);
        })), plan);
    }

    /** Checks the rate limit; how a new annotation of the viewer starts out (pre-moderation). */
    private Visibility admit(long planId, long me) {
        if (!rateLimits.tryAcquire(RateLimitedAction.ANNOTATION, me)) {
            throw ValidationException.of("body", "annotation.error.slow-down",
                    rateLimits.perMinute(RateLimitedAction.ANNOTATION));
        }
        return preModeration.visibilityForNew(planId);
    }

    /** Puts a new annotation that awaits review in the moderation queue. */
    private AnnotationInfo submitted(AnnotationInfo a, PlanPermissions plan) {
        if (a.moderation() == Visibility.AWAITING_REVIEW) {
            preModeration.submitted(new ModeratedContent(ContentType.ANNOTATION, a.id(), a.body(), a.authorId(),
                    a.planId(), plan.communityId(), a.isRemark(), a.number(), AnnotationModeration.link(a.planId(),
                    a.id()), a.createdAt(), a.moderation(), null));
        }
        return a;
    }

    private boolean seesAll() {
        return currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    /** A plan the viewer may see and that takes annotations: only in consultation (decision 0020). */
    private PlanPermissions openPlan(long planId) {
        PlanPermissions plan = plans.permissions(planId);
        if (plan.closed()) {
            throw ValidationException.of("plan", "annotation.error.closed");
        }
        if (!plan.in(org.cohesion.plan.PlanPhase.CONSULTATION)) {
            throw ValidationException.of("plan", "annotation.error.phase");
        }
        return plan;
    }

    private static void checkPoints(Validation v, AnnotationShape shape, List<Point> points) {
        if (points == null || points.isEmpty()) {
            v.reject("points", "validation.required");
            return;
        }
        if (points.stream().anyMatch(p -> p == null || !p.onDrawing())) {
            v.reject("points", "annotation.error.outside");
        } else if (shape == AnnotationShape.PIN && points.size() != 1) {
            v.reject("points", "annotation.error.pin-points");
        } else if (shape == AnnotationShape.AREA && (points.size() < 3 || points.size() > MAX_POINTS)) {
            v.reject("points", "annotation.error.area-points", 3, MAX_POINTS);
        }
    }

    private void requireAuthorOrManager(SiteAnnotation a, PlanPermissions plan) {
        if (a.getAuthorId() != currentUser.requireId() && !plan.canManage()) {
            throw new AccessDeniedException("Not the author of annotation " + a.getId());
        }
    }

    /** A live annotation; its plan's visibility is checked by the callers through PlanService. */
    private SiteAnnotation find(long annotationId) {
        long me = currentUser.requireId();
        SiteAnnotation a = annotations.findByIdAndDeletedFalse(annotationId)
                .filter(x -> x.getModeration() == Visibility.VISIBLE || x.getAuthorId() == me || seesAll())
                .orElseThrow(() -> new ObjectNotFoundException("Annotation " + annotationId));
        try {
            plans.permissions(a.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Annotation " + annotationId);
        }
        return a;
    }

    private AnnotationInfo info(SiteAnnotation a, PlanPermissions plan) {
        return infos(List.of(a), plan).get(0);
    }

    /** The annotations as shown, with their authors' names and reply counts (two look-ups for the page). */
    private List<AnnotationInfo> infos(List<SiteAnnotation> page, PlanPermissions plan) {
        List<Long> ids = page.stream().map(SiteAnnotation::getId).toList();
        Map<Long, String> names = people.displayNames(page.stream().map(SiteAnnotation::getAuthorId).distinct().toList());
        Map<Long, Long> replies = discussions.countsBySubject(plan.planId(), SubjectType.ANNOTATION, ids);
        Long me = currentUser.find().map(u -> u.id()).orElse(null);
        return page.stream().map(a -> {
            boolean mine = me != null && me == a.getAuthorId();
            TextAnchor anchor = a.getAnchor();
            return new AnnotationInfo(a.getId(), a.getPlanId(), a.getDrawingId(), a.getNumber(), a.getShape(),
                    a.getPoints(), a.getCategory(), a.getStatus(), a.getStatusReason(), a.getAddressedInRevision(),
                    a.getBody(), a.getAuthorId(), names.getOrDefault(a.getAuthorId(), ""), a.getCreatedAt(),
                    a.getUpdatedAt(), mine, (mine || plan.canManage()) && !plan.closed(), a.getTextField(),
                    anchor == null ? null : anchor.quote(), a.isOutdated(), replies.getOrDefault(a.getId(), 0L),
                    a.getModeration(), a.getModerationReason());
        }).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T withRetry(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
