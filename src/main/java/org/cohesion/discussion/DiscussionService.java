package org.cohesion.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.discussion.internal.CommentRepository;
import org.cohesion.discussion.internal.CommentSupportRepository;
import org.cohesion.discussion.internal.ThreadRepository;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModeratedContent;
import org.cohesion.moderation.PreModerationService;
import org.cohesion.moderation.Visibility;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Discussion threads of plans: the general thread of a plan and the threads of its annotations and remarks.
 * Whoever may see a plan (members of its community, admins) reads and writes its threads; a closed plan's
 * threads are read-only; a plan the viewer may not see is reported as not found. People edit their own
 * comments within {@link #EDIT_WINDOW} of posting and delete their own at any time (a placeholder stays).
 * Support (+1) is once per person and never for one's own comment. Text is stored as typed; it is plain
 * text, never markup. Comments hidden by moderators or awaiting review (pre-moderation) are seen only by their
 * authors (marked, with the reason) and by moderators; counts and session records leave them out.
 */
@Service
public class DiscussionService {

    public static final int MAX_BODY = 5_000;
    public static final int MAX_PAGE = 200;
    /** The most comments {@link #postedBetween} returns at once. */
    public static final int MAX_WINDOW = 5_000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(10);
    public static final String BODY = "body";

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final CommentSupportRepository supports;
    private final CommentRateLimiter rateLimiter;
    private final PlanService plans;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PreModerationService preModeration;

    DiscussionService(ThreadRepository threads, CommentRepository comments, CommentSupportRepository supports,
                      CommentRateLimiter rateLimiter, PlanService plans, PeopleDirectory people,
                      CurrentUser currentUser, Transactions transactions, Clock clock,
                      ApplicationEventPublisher events, PreModerationService preModeration) {
        this.preModeration = preModeration;
        this.threads = threads;
        this.comments = comments;
        this.supports = supports;
        this.rateLimiter = rateLimiter;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The thread of a subject of a plan the viewer may see, created on first use. The general thread of a plan
     * has no subject id ({@code null}); annotation and remark threads need one.
     */
    @PreAuthorize("isAuthenticated()")
    public ThreadInfo threadFor(long planId, SubjectType subjectType, Long subjectId) {
        Objects.requireNonNull(subjectType, "subjectType");
        if ((subjectType == SubjectType.GENERAL) != (subjectId == null)) {
            throw new IllegalArgumentException("The general thread has no subject id; other threads need one");
        }
        PlanPermissions plan = plans.permissions(planId);
        long key = subjectId == null ? 0 : subjectId;
        DiscussionThread thread = transactions.read(() ->
                threads.findByPlanIdAndSubjectTypeAndSubjectId(planId, subjectType, key).orElse(null));
        if (thread == null) {
            try {
                thread = transactions.write(() ->
                        threads.saveAndFlush(new DiscussionThread(planId, subjectType, key, clock.instant())));
            } catch (DataIntegrityViolationException e) {
                // created at the same moment by someone else
                thread = transactions.read(() ->
                        threads.findByPlanIdAndSubjectTypeAndSubjectId(planId, subjectType, key).orElseThrow());
            }
        }
        return info(thread, plan);
    }

    /**
     * How many comments (deleted ones not counted) the threads of these subjects of a plan hold, by subject
     * id; subjects without a thread or comment are absent. For reply counts in lists.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> countsBySubject(long planId, SubjectType subjectType, Collection<Long> subjectIds) {
        plans.permissions(planId);
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        transactions.read(() -> comments.countsBySubject(planId, subjectType, subjectIds))
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** A thread the viewer may see, by id. */
    @PreAuthorize("isAuthenticated()")
    public ThreadInfo thread(long threadId) {
        DiscussionThread thread = findThread(threadId);
        return info(thread, plans.permissions(thread.getPlanId()));
    }

    /**
     * Posts a comment, or a reply when {@code parentId} names a comment of the same thread. Refused with a
     * message at {@code body} when it is empty, too long, the plan is not in consultation (planners: is closed)
     * or the author posts too fast.
     */
    @PreAuthorize("isAuthenticated()")
    public CommentView post(long threadId, Long parentId, String body) {
        String text = checkBody(body);
        long me = currentUser.requireId();
        DiscussionThread thread = findThread(threadId);
        requireOpenForPosting(plans.permissions(thread.getPlanId()));
        Long parentAuthorId = null;
        if (parentId != null) {
            Comment parent = transactions.read(() -> comments.findById(parentId).orElse(null));
            if (parent == null || parent.getThreadId() != threadId || !seen(parent, me)) {
                throw new ObjectNotFoundException("Comment " + parentId + " in thread " + threadId);
            }
            parentAuthorId = parent.getAuthorId();
        }
        if (!rateLimiter.tryAcquire(me)) {
            throw ValidationException.of(BODY, "discussion.slow-down", rateLimiter.perMinute());
        }
        Visibility visibility = preModeration.visibilityForNew(thread.getPlanId());
        Comment saved = transactions.write(() -> {
            Comment c = new Comment(threadId, parentId, me, text, clock.instant());
            c.moderate(visibility, null);
            return comments.saveAndFlush(c);
        });
        if (visibility == Visibility.AWAITING_REVIEW) {
            preModeration.submitted(new ModeratedContent(ContentType.COMMENT, saved.getId(), text, me,
                    thread.getPlanId(), plans.permissions(thread.getPlanId()).communityId(), false, null,
                    CommentModeration.link(thread), saved.getCreatedAt(), visibility, null));
            return views(List.of(saved), me, true).get(0);
        }
        events.publishEvent(new CommentPosted(saved.getId(), threadId, thread.getPlanId(), thread.getSubjectType(),
                thread.getSubjectType() == SubjectType.GENERAL ? null : thread.getSubjectId(), parentId,
                parentAuthorId, me));
        return views(List.of(saved), me, true).get(0);
    }

    /** Changes the text of the viewer's own comment, within {@link #EDIT_WINDOW} of posting; marked edited. */
    @PreAuthorize("isAuthenticated()")
    public CommentView edit(long commentId, String body) {
        return edit(commentId, body, clock.instant());
    }

    /** {@link #edit(long, String)} at a given time, so the edit window can be tested. */
    CommentView edit(long commentId, String body, Instant now) {
        String text = checkBody(body);
        long me = currentUser.requireId();
        Comment comment = requireOwn(commentId, me);
        if (comment.isDeleted()) {
            throw new ObjectNotFoundException("Comment " + commentId);
        }
        if (!withinEditWindow(comment.getCreatedAt(), now)) {
            throw ValidationException.of(BODY, "discussion.edit.too-late", EDIT_WINDOW.toMinutes());
        }
        Comment saved = transactions.write(() -> {
            Comment fresh = comments.findById(commentId).orElseThrow();
            fresh.edit(text, now);
            return comments.saveAndFlush(fresh);
        });
        return views(List.of(saved), me, true).get(0);
    }

    /** Deletes the viewer's own comment: it stays in the thread as "deleted", its text is gone. */
    @PreAuthorize("isAuthenticated()")
    public CommentView delete(long commentId) {
        long me = currentUser.requireId();
        Comment comment = requireOwn(commentId, me);
        if (comment.isDeleted()) {
            return views(List.of(comment), me, false).get(0);
        }
        Comment saved = transactions.write(() -> {
            Comment fresh = comments.findById(commentId).orElseThrow();
            fresh.delete();
            return comments.saveAndFlush(fresh);
        });
        return views(List.of(saved), me, true).get(0);
    }

    /** Supports (+1) someone else's comment; supporting twice counts once. Returns the comment. */
    @PreAuthorize("isAuthenticated()")
    public CommentView support(long commentId) {
        long me = currentUser.requireId();
        Comment comment = requireWritable(commentId);
        requireOpenForPosting(plans.permissions(findThread(comment.getThreadId()).getPlanId()));
        if (comment.getAuthorId() == me) {
            throw ValidationException.of("support", "discussion.support.own");
        }
        CommentSupport.Key key = new CommentSupport.Key(commentId, me);
        try {
            transactions.write(() -> supports.existsById(key) ? null
                    : supports.saveAndFlush(new CommentSupport(key, clock.instant())));
        } catch (DataIntegrityViolationException e) {
            // supported at the same moment from another tab: still once
        }
        return views(List.of(comment), me, true).get(0);
    }

    /** Withdraws the viewer's support of a comment (nothing happens when there was none). */
    @PreAuthorize("isAuthenticated()")
    public CommentView withdrawSupport(long commentId) {
        long me = currentUser.requireId();
        Comment comment = requireWritable(commentId);
        CommentSupport.Key key = new CommentSupport.Key(commentId, me);
        transactions.write(() -> {
            if (supports.existsById(key)) {
                supports.deleteById(key);
            }
            return null;
        });
        return views(List.of(comment), me, true).get(0);
    }

    /** The newest comments of a thread, at most {@code limit} (1..200), oldest of them first. */
    @PreAuthorize("isAuthenticated()")
    public List<CommentView> newest(long threadId, int limit) {
        ThreadInfo thread = thread(threadId);
        long me = currentUser.requireId();
        return transactions.read(() -> chronological(views(comments.newest(threadId, me, seesAll(),
                Limit.of(clamp(limit))), me, thread.canPost())));
    }

    /**
     * The comments of a thread posted before the given comment, at most {@code limit} (1..200), oldest of them
     * first: "load earlier". Keyset paging on the id, so it costs the same however long the thread is.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CommentView> before(long threadId, long beforeCommentId, int limit) {
        ThreadInfo thread = thread(threadId);
        long me = currentUser.requireId();
        return transactions.read(() -> chronological(views(comments.before(threadId, beforeCommentId, me,
                seesAll(), Limit.of(clamp(limit))), me, thread.canPost())));
    }

    /** One comment of a thread the viewer may see, as it reads now (for refreshing one that changed). */
    @PreAuthorize("isAuthenticated()")
    public CommentView comment(long commentId) {
        Comment comment = transactions.read(() -> comments.findById(commentId).orElseThrow(
                () -> new ObjectNotFoundException("Comment " + commentId)));
        ThreadInfo thread = thread(comment.getThreadId());
        if (!seen(comment, currentUser.requireId())) {
            throw new ObjectNotFoundException("Comment " + commentId);
        }
        return transactions.read(() -> views(List.of(comment), currentUser.requireId(), thread.canPost())).get(0);
    }

    /** How many comments of a thread the viewer sees, deleted placeholders included. */
    @PreAuthorize("isAuthenticated()")
    public long count(long threadId) {
        thread(threadId);
        long me = currentUser.requireId();
        return transactions.read(() -> comments.countSeen(threadId, me, seesAll()));
    }

    /**
     * The comments (not deleted) in all threads of a plan the viewer may see — its general discussion and the
     * threads of its annotations — posted within a time window (both ends included), oldest first, at most
     * {@code limit} (1..{@value #MAX_WINDOW}): what was said during a live session.
     */
    @PreAuthorize("isAuthenticated()")
    public List<PlanComment> postedBetween(long planId, Instant from, Instant to, int limit) {
        PlanPermissions plan = plans.permissions(planId);
        long me = currentUser.requireId();
        int max = Math.max(1, Math.min(MAX_WINDOW, limit));
        return transactions.read(() -> {
            List<Object[]> rows = comments.postedBetween(planId, from, to, Limit.of(max));
            List<CommentView> views = views(rows.stream().map(r -> (Comment) r[0]).toList(), me, !plan.closed());
            List<PlanComment> found = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                SubjectType type = (SubjectType) rows.get(i)[1];
                Long subject = type == SubjectType.GENERAL ? null : (Long) rows.get(i)[2];
                found.add(new PlanComment(type, subject, views.get(i)));
            }
            return found;
        });
    }

    /** Whether a comment posted at {@code postedAt} may still be edited at {@code now}. */
    static boolean withinEditWindow(Instant postedAt, Instant now) {
        return !now.isAfter(postedAt.plus(EDIT_WINDOW));
    }

    private static String checkBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ValidationException.of(BODY, "discussion.body.required");
        }
        new Validation().maxLength(BODY, text, MAX_BODY).throwIfInvalid();
        return text;
    }

    private DiscussionThread findThread(long threadId) {
        return transactions.read(() -> threads.findById(threadId)
                .orElseThrow(() -> new ObjectNotFoundException("Thread " + threadId)));
    }

    /** The comment, if the viewer may see its plan and the plan is open for discussion. */
    private Comment requireWritable(long commentId) {
        Comment comment = transactions.read(() -> comments.findById(commentId)
                .orElseThrow(() -> new ObjectNotFoundException("Comment " + commentId)));
        DiscussionThread thread = findThread(comment.getThreadId());
        requireOpen(plans.permissions(thread.getPlanId()));
        if (!seen(comment, currentUser.requireId())) {
            throw new ObjectNotFoundException("Comment " + commentId);
        }
        return comment;
    }

    private Comment requireOwn(long commentId, long me) {
        Comment comment = requireWritable(commentId);
        if (comment.getAuthorId() != me) {
            throw new AccessDeniedException("Comment " + commentId + " is someone else's");
        }
        return comment;
    }

    /** Whether the viewer sees the comment: visible, their own, or they moderate (the plan is visible to them). */
    private boolean seen(Comment c, long me) {
        return c.getModeration() == Visibility.VISIBLE || c.getAuthorId() == me || seesAll();
    }

    private boolean seesAll() {
        return currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    private static void requireOpen(PlanPermissions plan) {
        if (plan.closed()) {
            throw ValidationException.of(BODY, "discussion.closed");
        }
    }

    /**
     * Threads are open in consultation (decision 0020); in the other phases (but closed) only the community's
     * planners still answer.
     */
    private static void requireOpenForPosting(PlanPermissions plan) {
        requireOpen(plan);
        if (!canPost(plan)) {
            throw ValidationException.of(BODY, "discussion.phase");
        }
    }

    private static boolean canPost(PlanPermissions plan) {
        return !plan.closed() && (plan.in(org.cohesion.plan.PlanPhase.CONSULTATION) || plan.canManage());
    }

    private static ThreadInfo info(DiscussionThread thread, PlanPermissions plan) {
        return new ThreadInfo(thread.getId(), thread.getPlanId(), thread.getSubjectType(),
                thread.getSubjectType() == SubjectType.GENERAL ? null : thread.getSubjectId(), canPost(plan));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_PAGE, limit));
    }

    private static List<CommentView> chronological(List<CommentView> newestFirst) {
        List<CommentView> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    private List<CommentView> views(List<Comment> page, long me, boolean writable) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> parentIds = new HashSet<>();
        Set<Long> people = new HashSet<>();
        for (Comment c : page) {
            ids.add(c.getId());
            people.add(c.getAuthorId());
            if (c.getParentId() != null) {
                parentIds.add(c.getParentId());
            }
        }
        Map<Long, Long> parentAuthors = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        transactions.read(() -> {
            page.stream().filter(c -> parentIds.contains(c.getId()))
                    .forEach(c -> parentAuthors.put(c.getId(), c.getAuthorId()));
            List<Long> missing = parentIds.stream().filter(id -> !parentAuthors.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                comments.authorsOf(missing).forEach(r -> parentAuthors.put((Long) r[0], (Long) r[1]));
            }
            supports.counts(ids).forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
            mine.addAll(supports.supportedBy(me, ids));
            return null;
        });
        people.addAll(parentAuthors.values());
        Map<Long, String> names = this.people.displayNames(people);
        Instant now = clock.instant();
        List<CommentView> views = new ArrayList<>(page.size());
        for (Comment c : page) {
            boolean own = c.getAuthorId() == me;
            Long parentAuthor = c.getParentId() == null ? null : parentAuthors.get(c.getParentId());
            views.add(new CommentView(c.getId(), c.getThreadId(), c.getParentId(),
                    parentAuthor == null ? null : names.get(parentAuthor), c.getAuthorId(),
                    names.getOrDefault(c.getAuthorId(), ""), c.isDeleted() ? null : c.getBody(), c.getCreatedAt(),
                    c.getEditedAt(), c.isDeleted(), counts.getOrDefault(c.getId(), 0L), mine.contains(c.getId()),
                    own, writable && own && !c.isDeleted() && withinEditWindow(c.getCreatedAt(), now),
                    c.getModeration(), c.getModerationReason()));
        }
        return views;
    }
}
