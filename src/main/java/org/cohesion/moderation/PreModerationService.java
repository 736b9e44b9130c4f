package org.cohesion.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.cohesion.base.Transactions;
import org.cohesion.moderation.internal.ModerationItemRepository;
import org.cohesion.moderation.internal.PlanModerationSettingRepository;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.UncheckedPlanReader;
import org.cohesion.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Per-plan pre-moderation: when on, new comments, annotations and remarks of members wait for a moderator's
 * approval ({@link Visibility#AWAITING_REVIEW}, shown to their authors as "awaiting review") and appear in the
 * moderation queue. Contributions of the plan's moderators, planners and admins are published at once. The
 * moderators of the plan's community and its planners switch it.
 */
@Service
public class PreModerationService {

    private final PlanModerationSettingRepository settings;
    private final ModerationItemRepository items;
    private final PlanService plans;
    private final UncheckedPlanReader planReader;
    private final ModeratorScope scope;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    PreModerationService(PlanModerationSettingRepository settings, ModerationItemRepository items,
                         PlanService plans, UncheckedPlanReader planReader, ModeratorScope scope, AuditLog audit,
                         CurrentUser currentUser, Transactions transactions, Clock clock) {
        this.settings = settings;
        this.items = items;
        this.plans = plans;
        this.planReader = planReader;
        this.scope = scope;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether pre-moderation is on for a plan the viewer may see. */
    @PreAuthorize("isAuthenticated()")
    public boolean isOn(long planId) {
        plans.permissions(planId);
        return on(planId);
    }

    /** Whether the viewer may switch pre-moderation of the plan (its community's moderators and planners). */
    @PreAuthorize("isAuthenticated()")
    public boolean canChange(long planId) {
        PlanPermissions plan = plans.permissions(planId);
        return plan.canManage() || scope.moderates(plan.communityId());
    }

    /** Switches pre-moderation of a plan; moderators of its community, its planners and admins. */
    @PreAuthorize("isAuthenticated()")
    public void change(long planId, boolean on) {
        PlanPermissions plan = plans.permissions(planId);
        if (!plan.canManage()) {
            scope.requireModeratorOf(plan.communityId(), "pre-moderation of plan " + planId);
        }
        long me = currentUser.requireId();
        String title = planReader.plan(planId).title();
        transactions.write(() -> {
            PlanModerationSetting s = settings.findById(planId).orElseGet(() -> new PlanModerationSetting(planId));
            s.change(on, me, now());
            settings.saveAndFlush(s);
            audit.record(on ? AuditAction.PRE_MODERATION_ON : AuditAction.PRE_MODERATION_OFF, "PLAN", planId,
                    title, plan.communityId(), null, null);
            return null;
        });
    }

    /**
     * How a new contribution of the viewer to a plan starts out: {@link Visibility#AWAITING_REVIEW} when
     * pre-moderation is on and the viewer neither moderates the plan's community nor manages the plan; else
     * {@link Visibility#VISIBLE}. For content features, before they store it.
     */
    @PreAuthorize("isAuthenticated()")
    public Visibility visibilityForNew(long planId) {
        PlanPermissions plan = plans.permissions(planId);
        if (!on(planId) || plan.canManage() || scope.moderates(plan.communityId())) {
            return Visibility.VISIBLE;
        }
        return Visibility.AWAITING_REVIEW;
    }

    /** Puts the viewer's own contribution that awaits review in the moderation queue; for content features. */
    @PreAuthorize("isAuthenticated()")
    public void submitted(ModeratedContent content) {
        if (content.authorId() != currentUser.requireId()) {
            throw new AccessDeniedException("Not the author of " + content.type() + " " + content.id());
        }
        plans.permissions(content.planId());
        String title = planReader.plan(content.planId()).title();
        transactions.write(() -> {
            Instant now = now();
            ModerationItem item = items.findByContentTypeAndContentId(content.type(), content.id())
                    .orElseGet(() -> new ModerationItem(content, title, now));
            item.awaitApproval(now);
            return items.saveAndFlush(item);
        });
    }

    private boolean on(long planId) {
        return transactions.read(() -> settings.findById(planId).map(PlanModerationSetting::isPreModeration)
                .orElse(false));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
