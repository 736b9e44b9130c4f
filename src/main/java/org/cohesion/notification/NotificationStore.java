package org.cohesion.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.Transactions;
import org.cohesion.notification.internal.NotificationRepository;
import org.cohesion.notification.internal.NotificationSettingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores notifications that their recipients want (their {@link NotificationPreference}) and tells their open
 * bells. Each notification comes with whether it concerns the recipient's own input.
 */
@Component
class NotificationStore {

    /** A notification about to be stored, and whether it concerns its recipient's own input. */
    record Pending(UserNotification notification, boolean ownInput) {
    }

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    NotificationStore(NotificationRepository notifications, NotificationSettingRepository settings,
                      Transactions transactions, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
    }

    void store(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<UserNotification> wanted = transactions.write(() -> {
            Map<Long, NotificationPreference> preferences = new HashMap<>();
            settings.findByUserIdIn(pending.stream().map(p -> p.notification().getRecipientId()).distinct().toList())
                    .forEach(s -> preferences.put(s.getUserId(), s.getPreference()));
            List<UserNotification> kept = pending.stream()
                    .filter(p -> preferences.getOrDefault(p.notification().getRecipientId(), NotificationPreference.ALL)
                            .wants(p.ownInput()))
                    .map(Pending::notification).toList();
            return notifications.saveAll(kept);
        });
        wanted.stream().map(UserNotification::getRecipientId).distinct()
                .forEach(recipient -> events.publishEvent(new NotificationsChanged(recipient)));
    }
}
