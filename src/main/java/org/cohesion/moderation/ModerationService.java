package org.cohesion.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.moderation.internal.ModerationFlagRepository;
import org.cohesion.moderation.internal.ModerationItemRepository;
import org.cohesion.people.CommunityAccess;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.UncheckedPlanReader;
import org.cohesion.ratelimit.RateLimitedAction;
import org.cohesion.ratelimit.RateLimits;
import org.cohesion.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Flags and the moderation queue. Members of a plan's community flag its comments, annotations and remarks,
 * once per person and item; flags from {@code cohesion.moderation.auto-hide-flags} distinct people (since the
 * last review) hide the item automatically until a moderator reviews it. Moderators act on the items of the
 * communities they belong to, admins on all: hide (with a reason shown to the author), restore, mark reviewed,
 * one at a time or in bulk; every action is written to the audit log in the same transaction. Hiding publishes
 * {@link ContentHidden} (after commit) so the author is notified.
 */
@Service
public class ModerationService {

    public static final int MAX_FLAG_TEXT = 500;
    public static final int MAX_REASON = 1_000;
    public static final int MAX_PAGE = 200;

    private final ContentPorts ports;
    private final ModerationItemRepository items;
    private final ModerationFlagRepository flags;
    private final ModeratorScope scope;
    private final CommunityAccess communityAccess;
    private final PeopleDirectory people;
    private final UncheckedPlanReader planReader;
    private final RateLimits rateLimits;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final int autoHideFlags;
    private final ApplicationEventPublisher events;

    ModerationService(ContentPorts ports, ModerationItemRepository items,
                      ModerationFlagRepository flags, ModeratorScope scope, CommunityAccess communityAccess,
                      PeopleDirectory people, UncheckedPlanReader planReader, RateLimits rateLimits, AuditLog audit,
                      CurrentUser currentUser, Transactions transactions, Clock clock,
                      @Value("${cohesion.moderation.auto-hide-flags:3}") int autoHideFlags,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.ports = ports;
        this.items = items;
        this.flags = flags;
        this.scope = scope;
        this.communityAccess = communityAccess;
        this.people = people;
        this.planReader = planReader;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.autoHideFlags = Math.max(1, autoHideFlags);
    }

    /** How many distinct people's flags hide an item automatically. */
    @PreAuthorize("isAuthenticated()")
    public int autoHideFlags() {
        return autoHideFlags;
    }

    /**
     * Flags a contribution the viewer can see, as a member of its plan's community. Refused with a message at
     * {@code reason} when flagged before by the same person, when it is the viewer's own, when "other" has no
     * text (at {@code text}, at most {@value #MAX_FLAG_TEXT} characters) or when flagging too fast.
     */
    @PreAuthorize("isAuthenticated()")
    public FlagResult flag(ContentType type, long contentId, FlagReason reason, String text) {
        long me = currentUser.requireId();
        ModeratedContent content = port(type).find(contentId)
                .filter(c -> c.visibility() == Visibility.VISIBLE || c.authorId() == me)
                .orElseThrow(() -> new ObjectNotFoundException(type + " " + contentId));
        communityAccess.requireMemberOf(content.communityId());
        String checkedText = text == null || text.isBlank() ? null : text.strip();
        Validation v = new Validation();
        if (reason == null) {
            v.reject("reason", "validation.required");
        } else if (reason == FlagReason.OTHER) {
            v.required("text", checkedText);
        }
        v.maxLength("text", checkedText, MAX_FLAG_TEXT);
        if (content.authorId() == me) {
            v.reject("reason", "moderation.flag.own");
        }
        v.throwIfInvalid();
        if (hasFlagged(type, contentId, me)) {
            throw ValidationException.of("reason", "moderation.flag.twice");
        }
        if (!rateLimits.tryAcquire(RateLimitedAction.FLAG, me)) {
            throw ValidationException.of("reason", "moderation.flag.slow-down",
                    rateLimits.perMinute(RateLimitedAction.FLAG));
        }
        String storedText = reason == FlagReason.OTHER ? checkedText : null;
        try {
            return transactions.write(() -> {
                Instant now = now();
                ModerationItem item = itemFor(content, now);
                if (flags.existsByItemIdAndFlaggerId(item.getId(), me)) {
                    throw ValidationException.of("reason", "moderation.flag.twice");
                }
                flags.saveAndFlush(new ModerationFlag(item.getId(), me, reason, storedText, now));
                boolean hide = item.flagged(reason, flags.countByItemId(item.getId()), autoHideFlags, now);
                if (hide) {
                    item.autoHide(now);
                    port(type).changeVisibility(contentId, Visibility.HIDDEN, null);
                    audit.recordAs(null, "system", AuditAction.AUTO_HIDE, type.name(), contentId, item.getExcerpt(),
                            item.getCommunityId(), null, "flags: " + item.getFlagCount());
                }
                items.saveAndFlush(item);
                return new FlagResult(item.getId(), item.getFlagCount(), item.getVisibility() == Visibility.HIDDEN);
            });
        } catch (DataIntegrityViolationException e) {
            // flagged at the same moment from another tab
            throw ValidationException.of("reason", "moderation.flag.twice");
        }
    }

    /** Whether the viewer has flagged this contribution already (the UI then says so instead of offering it). */
    @PreAuthorize("isAuthenticated()")
    public boolean flaggedByMe(ContentType type, long contentId) {
        return hasFlagged(type, contentId, currentUser.requireId());
    }

    /** One page of the queue items the viewer moderates that match the filter, latest activity first. */
    @PreAuthorize("isAuthenticated()")
    public List<QueueItem> queue(QueueFilter filter, int offset, int limit) {
        scope.requireModerator("moderation queue");
        QueueFilter f = filter == null ? QueueFilter.all() : filter;
        List<ModerationItem> page = transactions.read(() -> items.search(scope.isAdmin(), scope.queryCommunities(),
                review(f), hidden(f), f.communityId(), f.planId(), reasonLike(f),
                new OffsetLimit(Math.max(0, offset), Math.max(1, Math.min(MAX_PAGE, limit)))));
        return rows(page);
    }

    /** How many queue items the viewer moderates match the filter. */
    @PreAuthorize("isAuthenticated()")
    public long count(QueueFilter filter) {
        scope.requireModerator("moderation queue");
        QueueFilter f = filter == null ? QueueFilter.all() : filter;
        return transactions.read(() -> items.countSearch(scope.isAdmin(), scope.queryCommunities(), review(f),
                hidden(f), f.communityId(), f.planId(), reasonLike(f)));
    }

    /** The plans that have queue items the viewer moderates, by id with their titles (for the plan filter). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> queuePlans() {
        scope.requireModerator("moderation queue plans");
        Map<Long, String> plans = new LinkedHashMap<>();
        transactions.read(() -> items.plans(scope.isAdmin(), scope.queryCommunities()))
                .forEach(row -> plans.putIfAbsent((Long) row[0], (String) row[1]));
        return plans;
    }

    /** A queue item with its content as it reads now and every flag with its reason. */
    @PreAuthorize("isAuthenticated()")
    public QueueItemDetails details(long itemId) {
        ModerationItem item = load(itemId);
        scope.requireModeratorOf(item.getCommunityId(), "details of item " + itemId);
        ModeratedContent content = transactions.read(() -> port(item.getContentType()).find(item.getContentId())
                .orElse(null));
        List<ModerationFlag> list = transactions.read(() -> flags.findByItemIdOrderByCreatedAtAsc(itemId));
        Map<Long, String> names = people.displayNames(list.stream().map(ModerationFlag::getFlaggerId).toList());
        return new QueueItemDetails(rows(List.of(item)).get(0), content, list.stream()
                .map(fl -> new FlagView(names.getOrDefault(fl.getFlaggerId(), ""), fl.getReason(),
                        fl.getReasonText(), fl.getCreatedAt())).toList());
    }

    /**
     * Hides the items (their authors see the reason); the reason is required (at {@code reason}, at most
     * {@value #MAX_REASON} characters). All or nothing: refused when any item is outside the viewer's scope.
     */
    @PreAuthorize("isAuthenticated()")
    public int hide(Collection<Long> itemIds, String reason) {
        scope.requireModerator("hide");
        String checked = reason == null ? null : reason.strip();
        new Validation().required("reason", checked).maxLength("reason", checked, MAX_REASON).throwIfInvalid();
        int done = act(itemIds, "hide", (item, now) -> {
            item.hide(checked, now);
            port(item.getContentType()).changeVisibility(item.getContentId(), Visibility.HIDDEN, checked);
            return AuditAction.HIDE;
        }, checked);
        long me = currentUser.requireId();
        transactions.read(() -> items.findAllById(itemIds)).forEach(i -> events.publishEvent(new ContentHidden(
                i.getContentType(), i.getContentId(), i.getPlanId(), i.getAuthorId(), me, checked,
                i.getContentType() == ContentType.ANNOTATION ? i.getContentId() : null)));
        return done;
    }

    /** Makes the items visible again (approves those awaiting review); marked reviewed. */
    @PreAuthorize("isAuthenticated()")
    public int restore(Collection<Long> itemIds) {
        scope.requireModerator("restore");
        return act(itemIds, "restore", (item, now) -> {
            boolean awaiting = item.getVisibility() == Visibility.AWAITING_REVIEW;
            item.restore(now);
            port(item.getContentType()).changeVisibility(item.getContentId(), Visibility.VISIBLE, null);
            return awaiting ? AuditAction.APPROVE : AuditAction.RESTORE;
        }, null);
    }

    /**
     * Marks the items reviewed, keeping them as they are (hidden ones stay hidden); an item awaiting review is
     * approved (published). Flags after this count anew towards hiding automatically.
     */
    @PreAuthorize("isAuthenticated()")
    public int markReviewed(Collection<Long> itemIds) {
        scope.requireModerator("mark reviewed");
        return act(itemIds, "mark reviewed", (item, now) -> {
            if (item.getVisibility() == Visibility.AWAITING_REVIEW) {
                item.restore(now);
                port(item.getContentType()).changeVisibility(item.getContentId(), Visibility.VISIBLE, null);
                return AuditAction.APPROVE;
            }
            item.markReviewed(now);
            return AuditAction.MARK_REVIEWED;
        }, null);
    }

    private ContentModerationPort port(ContentType type) {
        return ports.port(type);
    }

    private interface Action {
        AuditAction apply(ModerationItem item, Instant now);
    }

    private int act(Collection<Long> itemIds, String what, Action action, String reason) {
        Set<Long> ids = new HashSet<>(itemIds == null ? List.of() : itemIds);
        if (ids.isEmpty()) {
            return 0;
        }
        List<ModerationItem> found = transactions.read(() -> items.findAllById(ids));
        if (found.size() != ids.size()) {
            throw new ObjectNotFoundException("Moderation items " + ids);
        }
        for (ModerationItem item : found) {
            scope.requireModeratorOf(item.getCommunityId(), what + " item " + item.getId());
        }
        return transactions.write(() -> {
            Instant now = now();
            int done = 0;
            for (ModerationItem item : items.findAllById(ids)) {
                AuditAction a = action.apply(item, now);
                audit.record(a, item.getContentType().name(), item.getContentId(), item.getExcerpt(),
                        item.getCommunityId(), reason, "plan " + item.getPlanId());
                done++;
            }
            items.flush();
            return done;
        });
    }

    private boolean hasFlagged(ContentType type, long contentId, long me) {
        return transactions.read(() -> items.findByContentTypeAndContentId(type, contentId)
                .map(i -> flags.existsByItemIdAndFlaggerId(i.getId(), me)).orElse(false));
    }

    /** The queue entry of a contribution, created on its first flag (or when it awaits review). */
    private ModerationItem itemFor(ModeratedContent content, Instant now) {
        return items.findByContentTypeAndContentId(content.type(), content.id()).orElseGet(() ->
                items.saveAndFlush(new ModerationItem(content, planReader.plan(content.planId()).title(), now)));
    }

    private ModerationItem load(long itemId) {
        return transactions.read(() -> items.findById(itemId)
                .orElseThrow(() -> new ObjectNotFoundException("Moderation item " + itemId)));
    }

    private List<QueueItem> rows(List<ModerationItem> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = people.displayNames(page.stream().map(ModerationItem::getAuthorId)
                .distinct().toList());
        List<QueueItem> rows = new ArrayList<>(page.size());
        for (ModerationItem i : page) {
            rows.add(new QueueItem(i.getId(), i.getContentType(), i.getContentId(), i.getPlanId(), i.getPlanTitle(),
                    i.getCommunityId(), i.getAuthorId(), names.getOrDefault(i.getAuthorId(), ""), i.getExcerpt(),
                    i.isPending(), i.getVisibility(), i.isAutoHidden(), i.getHideReason(), i.getFlagCount(),
                    i.getReasons(), i.getLastActivity()));
        }
        return rows;
    }

    private static String review(QueueFilter f) {
        if (f.status() == QueueStatus.PENDING) {
            return "PENDING";
        }
        return f.status() == QueueStatus.REVIEWED ? "REVIEWED" : null;
    }

    private static Visibility hidden(QueueFilter f) {
        return f.status() == QueueStatus.HIDDEN ? Visibility.HIDDEN : null;
    }

    private static String reasonLike(QueueFilter f) {
        return f.reason() == null ? null : "%," + f.reason().name() + ",%";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
