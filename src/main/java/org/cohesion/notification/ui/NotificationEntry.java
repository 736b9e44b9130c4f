package org.cohesion.notification.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.cohesion.notification.NotificationView;

/**
 * One notification in the bell's list: a button that says what happened, where and when; choosing it marks it
 * read and opens its plan. Unread ones look different and start with a visually hidden "Unread".
 */
class NotificationEntry extends ListItem {

    private final NotificationBell bell;
    private NotificationView view;

    final NativeButton button = new NativeButton();
    final Span unreadMark = new Span();
    final Span text = new Span();
    final Span meta = new Span();

    NotificationEntry(NotificationBell bell, NotificationView notification) {
        this.bell = bell;
        addClassName("notification-item");
        button.addClassName("notification-entry");
        button.getElement().setAttribute("type", "button");
        unreadMark.addClassName("visually-hidden");
        unreadMark.setText(getTranslation("notification.unread"));
        text.addClassName("notification-text");
        meta.addClassName("notification-meta");
        button.add(unreadMark, text, meta);
        button.addClickListener(e -> bell.open(view));
        add(button);
        update(notification);
    }

    NotificationView notification() {
        return view;
    }

    void update(NotificationView notification) {
        view = notification;
        text.setText(bell.sentence(notification));
        meta.setText(bell.meta(notification));
        unreadMark.setVisible(notification.unread());
        button.setClassName("unread", notification.unread());
    }
}
