package org.cohesion.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.ValidationException;
import org.cohesion.notification.internal.NotificationRepository;
import org.cohesion.notification.internal.NotificationSettingRepository;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's in-app notifications: how many are unread, the newest first, marking them read. Every
 * method works on the current person's own notifications only; someone else's is reported as not found. The
 * notifications themselves are recorded by {@link NotificationRecorder} from the events of other features.
 */
@Service
public class NotificationService {

    /** The most notifications one call of {@link #latest} returns. */
    public static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final PlanService plans;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
                        PlanService plans, PeopleDirectory people,
                        CurrentUser currentUser, Transactions transactions, ApplicationEventPublisher events,
                        Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** How many of the signed-in person's notifications are unread. */
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        long me = currentUser.requireId();
        return transactions.read(() -> notifications.countUnread(me));
    }

    /** One page of the signed-in person's notifications, newest first, for lazy lists ({@code limit} 1..100). */
    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> latest(int offset, int limit) {
        long me = currentUser.requireId();
        List<UserNotification> page = transactions.read(() -> notifications.latest(me,
                new OffsetLimit(Math.max(0, offset), Math.max(1, Math.min(MAX_PAGE, limit)))));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = people.displayNames(page.stream().map(UserNotification::getActorId)
                .distinct().toList());
        Map<Long, String> titles = new HashMap<>();
        for (UserNotification n : page) {
            if (n.getPlanId() != null) {
                titles.computeIfAbsent(n.getPlanId(), this::titleIfVisible);
            }
        }
        return page.stream().map(n -> new NotificationView(n.getId(), n.getKind(), n.getPlanId(),
                n.getPlanId() == null ? null : titles.get(n.getPlanId()), n.getAnnotationId(),
                n.getAnnotationNumber(), n.getAnnotationShape(),
                n.getThreadSubject(), n.getCommentId(), n.getActorId(), names.get(n.getActorId()), n.getStatus(),
                n.getReason(), n.getRevision(), n.getCreatedAt(), n.getReadAt(), n.getProposalId(), n.getPhase(),
                n.getSubjectTitle(), n.getSummaryNumber())).toList();
    }

    /** Marks one of the signed-in person's notifications read; another person's is reported as not found. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        long me = currentUser.requireId();
        int changed = transactions.write(() -> notifications.markRead(me, notificationId, now()));
        if (changed == 0) {
            throw new ObjectNotFoundException("Notification " + notificationId);
        }
        events.publishEvent(new NotificationsChanged(me));
    }

    /** Marks all of the signed-in person's notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        long me = currentUser.requireId();
        int changed = transactions.write(() -> notifications.markAllRead(me, now()));
        if (changed > 0) {
            events.publishEvent(new NotificationsChanged(me));
        }
        return changed;
    }

    /** Which notifications the signed-in person wants (ALL when they never chose). */
    @PreAuthorize("isAuthenticated()")
    public NotificationPreference preference() {
        long me = currentUser.requireId();
        return transactions.read(() -> settings.findById(me).map(NotificationSetting::getPreference)
                .orElse(NotificationPreference.ALL));
    }

    /** Sets which notifications the signed-in person wants from now on; notifications already there stay. */
    @PreAuthorize("isAuthenticated()")
    public NotificationPreference setPreference(NotificationPreference preference) {
        if (preference == null) {
            throw ValidationException.of("preference", "validation.required");
        }
        long me = currentUser.requireId();
        transactions.write(() -> {
            NotificationSetting setting = settings.findById(me).orElse(null);
            if (setting == null) {
                return settings.save(new NotificationSetting(me, preference, now()));
            }
            setting.change(preference, now());
            return setting;
        });
        return preference;
    }

    /** The plan's title if the reader may still see the plan, else null (the sentence is shown without it). */
    private String titleIfVisible(long planId) {
        try {
            return plans.open(planId).value(PlanField.TITLE);
        } catch (ObjectNotFoundException e) {
            return null;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
