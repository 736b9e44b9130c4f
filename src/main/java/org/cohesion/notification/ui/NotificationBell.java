package org.cohesion.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ui.Formats;
import org.cohesion.collab.UserTopics;
import org.cohesion.discussion.SubjectType;
import org.cohesion.notification.NotificationKind;
import org.cohesion.notification.NotificationService;
import org.cohesion.notification.NotificationView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The bell in the main layout's navbar: a button whose accessible name says how many notifications are unread,
 * a badge with the count (hidden at zero), and a popover listing the newest notifications ({@value #PAGE} at a
 * time, "load more" for older ones). Each says what happened in the reader's language; unread ones stand out
 * (and say so to screen readers); choosing one marks it read and opens its plan, at its annotation. New
 * notifications arrive without reloading, through the person's Collaboration Engine topic, and are announced
 * politely.
 */
public class NotificationBell extends Div {

    static final int PAGE = 20;
    /** The most characters of a decline reason quoted in a sentence. */
    static final int REASON_CHARS = 160;
    private static final int BADGE_MAX = 99;

    private final NotificationService service;
    /** The entries shown, newest (highest id) first. */
    private final TreeMap<Long, NotificationEntry> entries = new TreeMap<>(Comparator.reverseOrder());
    private final UserTopics.NotificationsSignal signal;
    private long unread = -1;

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Div announcer = new Div();
    final Popover popover = new Popover();
    final Button markAllRead = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Button loadMore = new Button();
    final NotificationPreferenceField preference;

    /** The bell of the signed-in person with the given id. */
    public NotificationBell(NotificationService service, long userId) {
        this.service = service;
        addClassName("notification-bell");

        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("notification-button");
        badge.addClassName("notification-badge");
        // the button's accessible name already says the count
        badge.getElement().setAttribute("aria-hidden", "true");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");

        H2 heading = new H2(getTranslation("notification.title"));
        heading.addClassName("notification-heading");
        markAllRead.setText(getTranslation("notification.mark-all-read"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(e -> markAllRead());
        Div header = new Div(heading, markAllRead);
        header.addClassName("notification-header");
        list.addClassName("notification-list");
        list.getElement().setAttribute("aria-label", getTranslation("notification.list.label"));
        empty.addClassName("notification-empty");
        empty.setText(getTranslation("notification.empty"));
        loadMore.setText(getTranslation("notification.load-more"));
        loadMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loadMore.addClickListener(e -> loadMore());
        preference = new NotificationPreferenceField(service);
        Div panel = new Div(header, list, empty, loadMore, preference);
        panel.addClassName("notification-panel");

        popover.add(panel);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addClassName("notification-popover");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                preference.setValue(service.preference());
                showNewest();
            }
        });

        add(button, badge, announcer, popover);
        showCount(service.unreadCount());
        // connected while attached (Collaboration Engine follows attach and detach itself); re-reads on connecting
        signal = UserTopics.onNotificationsChanged(this, userId, this::refresh);
    }

    /** The number of unread notifications shown. */
    public long unread() {
        return unread;
    }

    /** Whether the bell is connected to the person's notifications topic, so that new ones show live. */
    boolean live() {
        return signal.connected();
    }

    /** Opens the list of notifications, as a click on the bell does. */
    public void open() {
        popover.open();
    }

    /** Re-reads the count (and the open list) from the database; announces newly arrived notifications. */
    void refresh() {
        long before = unread;
        long now;
        try {
            now = service.unreadCount();
        } catch (AuthenticationException | AccessDeniedException e) {
            // a change arrived while the person was signing out: nothing to show any more
            return;
        }
        showCount(now);
        if (before >= 0 && now > before) {
            announcer.setText(getTranslation("notification.arrived", now - before));
        }
        if (popover.isOpened()) {
            mergeNewest();
        }
    }

    /** The notification sentences shown in the list, newest first. */
    List<String> sentences() {
        return entries.values().stream().map(e -> e.text.getText()).toList();
    }

    /** The entries shown, newest first. */
    List<NotificationEntry> entries() {
        return List.copyOf(entries.values());
    }

    private void showCount(long count) {
        unread = count;
        badge.setText(count > BADGE_MAX ? Formats.number(BADGE_MAX, getLocale()) + "+"
                : Formats.number(count, getLocale()));
        badge.setVisible(count > 0);
        button.setAriaLabel(getTranslation("notification.bell.label", count));
        markAllRead.setEnabled(count > 0);
    }

    void showNewest() {
        entries.clear();
        list.removeAll();
        append(0);
    }

    void loadMore() {
        int before = entries.size();
        append(before);
        if (entries.size() > before) {
            // the new entries follow the ones already shown: keep keyboard focus in the list
            entries().get(before).button.focus();
        }
    }

    private void append(int offset) {
        List<NotificationView> page = new ArrayList<>(service.latest(offset, PAGE + 1));
        boolean more = page.size() > PAGE;
        if (more) {
            page.remove(PAGE);
        }
        for (NotificationView n : page) {
            if (!entries.containsKey(n.id())) {
                NotificationEntry entry = new NotificationEntry(this, n);
                entries.put(n.id(), entry);
                list.addComponentAtIndex(entries.headMap(n.id()).size(), entry);
            }
        }
        loadMore.setVisible(more);
        empty.setVisible(entries.isEmpty());
    }

    /** Adds notifications that arrived and updates the read state of those shown, keeping focus where it is. */
    private void mergeNewest() {
        for (NotificationView n : service.latest(0, Math.max(PAGE, entries.size()))) {
            NotificationEntry entry = entries.get(n.id());
            if (entry != null) {
                entry.update(n);
            } else {
                entry = new NotificationEntry(this, n);
                entries.put(n.id(), entry);
                list.addComponentAtIndex(entries.headMap(n.id()).size(), entry);
            }
        }
        empty.setVisible(entries.isEmpty());
    }

    void markAllRead() {
        service.markAllRead();
        showCount(service.unreadCount());
        mergeNewest();
        announcer.setText(getTranslation("notification.all-read"));
    }

    /** Marks the notification read and opens its plan (at its annotation, if it has one). */
    void open(NotificationView n) {
        if (n.unread()) {
            try {
                service.markRead(n.id());
            } catch (ObjectNotFoundException e) {
                // gone meanwhile (its plan was deleted): the plan view says so
            }
            showCount(service.unreadCount());
        }
        popover.close();
        if (n.planId() == null || (n.proposalId() != null && n.kind() != NotificationKind.PROPOSAL_BECAME_PLAN)) {
            UI.getCurrent().navigate("proposals/" + n.proposalId());
        } else if (n.kind() == NotificationKind.CITED_IN_SUMMARY) {
            UI.getCurrent().navigate("plans/" + n.planId() + "/summary");
        } else {
            QueryParameters query = n.annotationId() == null ? QueryParameters.empty()
                    : QueryParameters.of("annotation", String.valueOf(n.annotationId()));
            UI.getCurrent().navigate("plans/" + n.planId(), query);
        }
    }

    /** What happened, as a sentence in the reader's language. */
    String sentence(NotificationView n) {
        String actor = n.actorName() == null || n.actorName().isBlank() ? getTranslation("notification.someone")
                : n.actorName();
        String subject = n.annotationNumber() == null ? null : getTranslation(n.annotationShape() == AnnotationShape.AREA
                ? "notification.subject.area" : "notification.subject.pin", n.annotationNumber());
        return switch (n.kind()) {
            case STATUS_CHANGED -> {
                String status = status(n.status(), n.revision());
                yield n.reason() == null ? getTranslation("notification.status-changed", actor, subject, status)
                        : getTranslation("notification.status-changed.reason", actor, subject, status,
                        shorten(n.reason()));
            }
            case ANNOTATION_COMMENT -> getTranslation("notification.annotation-comment", actor, subject);
            case HIDDEN -> getTranslation("notification.hidden", n.reason() == null ? "" : shorten(n.reason()));
            case REPLY -> {
                if (subject != null) {
                    yield getTranslation("notification.reply.on", actor, subject);
                }
                yield n.threadSubject() == SubjectType.GENERAL ? getTranslation("notification.reply.general", actor)
                        : getTranslation("notification.reply", actor);
            }
            case PROPOSAL_READY -> getTranslation("notification.proposal-ready", title(n));
            case PROPOSAL_BECAME_PLAN -> getTranslation("notification.proposal-became-plan", title(n));
            case PROPOSAL_DECLINED -> getTranslation("notification.proposal-declined", title(n),
                    n.reason() == null ? "" : shorten(n.reason()));
            case PROPOSAL_MERGED -> getTranslation("notification.proposal-merged", title(n));
            case PLAN_MOVED -> getTranslation("notification.plan-moved",
                    n.phase() == null ? "" : getTranslation(n.phase().labelKey()));
            case DECISION_RECORDED -> getTranslation("notification.decision-recorded");
            case MILESTONE_DONE -> getTranslation("notification.milestone-done", title(n));
            case CITED_IN_SUMMARY -> getTranslation("notification.cited-in-summary",
                    n.summaryNumber() == null ? 0 : n.summaryNumber());
        };
    }

    private static String title(NotificationView n) {
        return n.subjectTitle() == null ? "" : shorten(n.subjectTitle());
    }

    /** Where and when, in the reader's locale; without the plan when the reader may no longer see it. */
    String meta(NotificationView n) {
        String time = Formats.dateTime(n.createdAt(), getLocale());
        return n.planTitle() == null ? time : getTranslation("notification.meta", n.planTitle(), time);
    }

    private String status(AnnotationStatus status, Integer revision) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case OPEN -> getTranslation("notification.status.open");
            case ACCEPTED -> getTranslation("notification.status.accepted");
            case DECLINED -> getTranslation("notification.status.declined");
            case ADDRESSED -> revision == null ? getTranslation("notification.status.addressed")
                    : getTranslation("notification.status.addressed-in", revision);
        };
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= REASON_CHARS) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, REASON_CHARS)).strip() + "…";
    }
}
