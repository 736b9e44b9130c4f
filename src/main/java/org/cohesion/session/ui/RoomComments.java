package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.session.RoomComment;
import org.cohesion.session.SessionCommentsService;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionPass;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comments written in a session's room, oldest at the top and the newest at the bottom, with "Load earlier"
 * and the form to write one (members always; guests when the host allows it). New comments arrive live and are
 * announced politely; what someone typed stays in the form when the server refuses it.
 */
class RoomComments extends Section {

    static final int PAGE = 30;

    private final SessionCommentsService service;
    private final SessionPass pass;
    private final boolean guest;
    private final Set<Long> shownIds = new HashSet<>();
    private Long oldestShown;
    private long permissionSeq = Long.MIN_VALUE;

    final Div list = new Div();
    final Button loadEarlier = new Button();
    final TextArea body = new TextArea();
    final Button send = new Button();
    final Paragraph closed = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Div announcer = new Div();
    /** The host's "Guests may comment"; null for everyone else. */
    final Checkbox guestsMayComment;
    private final Div form;

    RoomComments(SessionCommentsService service, SessionPass pass, boolean guest, boolean host,
                 boolean guestsMayCommentNow) {
        this.service = service;
        this.pass = pass;
        this.guest = guest;
        guestsMayComment = host ? new Checkbox(getTranslation("session.comments.allow-guests"), guestsMayCommentNow)
                : null;
        addClassName("session-comments");
        H2 heading = new H2(getTranslation("session.comments.title"));
        heading.setId("session-comments-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        loadEarlier.setText(getTranslation("session.comments.load-earlier"));
        loadEarlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loadEarlier.addClickListener(e -> loadEarlier());
        list.addClassName("session-comment-list");
        list.getElement().setAttribute("role", "list");
        empty.setText(getTranslation("session.comments.empty"));
        empty.addClassName("session-comments-empty");
        body.setLabel(getTranslation("session.comments.label"));
        body.setMaxLength(SessionCommentsService.MAX_BODY);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setHelperText(getTranslation("session.comments.helper", SessionCommentsService.MAX_BODY));
        body.addClassName("session-comment-body");
        send.setText(getTranslation("session.comments.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> post());
        form = new Div(body, send);
        form.addClassName("session-comment-form");
        closed.addClassName("session-comments-closed");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        add(heading);
        if (guestsMayComment != null) {
            guestsMayComment.addClassName("session-comments-allow");
            guestsMayComment.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    allowGuests(e.getValue(), e.getOldValue());
                }
            });
            add(guestsMayComment);
        }
        add(loadEarlier, list, empty, form, closed, announcer);
        reload();
    }

    /** Re-reads the newest comments and whether this participant may write (on opening and reconnecting). */
    void reload() {
        try {
            List<RoomComment> newest = service.newest(pass, PAGE);
            list.removeAll();
            shownIds.clear();
            oldestShown = null;
            List<RoomComment> oldestFirst = new ArrayList<>(newest);
            java.util.Collections.reverse(oldestFirst);
            oldestFirst.forEach(c -> list.add(item(c)));
            oldestShown = newest.isEmpty() ? null : newest.get(newest.size() - 1).id();
            loadEarlier.setVisible(newest.size() == PAGE);
            showForm(service.mayComment(pass));
        } catch (AccessDeniedException e) {
            showForm(false);
        }
        showEmpty();
    }

    /** Applies a live change: a new comment appended, or the guests' permission. */
    void apply(SessionEvent.CommentsChanged change) {
        if (change == null || change.sessionId() != pass.sessionId()) {
            return;
        }
        if (change.seq() > permissionSeq) {
            permissionSeq = change.seq();
            if (guestsMayComment != null) {
                guestsMayComment.setValue(change.guestsMayComment());
            }
            if (guest) {
                boolean before = form.isVisible();
                showForm(change.guestsMayComment());
                if (before != change.guestsMayComment() && change.comment() == null) {
                    announcer.setText(getTranslation(change.guestsMayComment()
                            ? "session.comments.guests-allowed" : "session.comments.guests-stopped"));
                }
            }
        }
        RoomComment c = change.comment();
        if (c != null && !shownIds.contains(c.id())) {
            list.add(item(c));
            if (c.participantId() != pass.participantId()) {
                announcer.setText(getTranslation("session.comments.new", c.authorName()));
            }
            showEmpty();
        }
    }

    /** The session ended or the pass stopped working: no more writing. */
    void close() {
        showForm(false);
    }

    private void post() {
        body.setInvalid(false);
        try {
            RoomComment posted = service.post(pass, body.getValue());
            body.clear();
            if (!shownIds.contains(posted.id())) {
                list.add(item(posted));
            }
            showEmpty();
            announcer.setText(getTranslation("session.comments.sent"));
        } catch (ValidationException e) {
            body.setErrorMessage(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            body.setInvalid(true);
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            body.setErrorMessage(getTranslation("session.comments.not-allowed"));
            body.setInvalid(true);
        }
    }

    private void allowGuests(boolean allowed, boolean before) {
        try {
            service.setGuestsMayComment(pass, allowed);
            announcer.setText(getTranslation(allowed ? "session.comments.guests-allowed"
                    : "session.comments.guests-stopped"));
        } catch (ValidationException | AccessDeniedException | ObjectNotFoundException e) {
            guestsMayComment.setValue(before);
            Notifications.error(getTranslation("session.comments.not-allowed"));
        }
    }

    private void loadEarlier() {
        if (oldestShown == null) {
            return;
        }
        try {
            List<RoomComment> earlier = service.before(pass, oldestShown, PAGE);
            for (RoomComment c : earlier) {
                if (!shownIds.contains(c.id())) {
                    list.addComponentAsFirst(item(c));
                }
            }
            if (!earlier.isEmpty()) {
                oldestShown = earlier.get(earlier.size() - 1).id();
            }
            loadEarlier.setVisible(earlier.size() == PAGE);
            announcer.setText(getTranslation("session.comments.loaded", earlier.size()));
        } catch (AccessDeniedException e) {
            loadEarlier.setVisible(false);
        }
    }

    private void showForm(boolean allowed) {
        form.setVisible(allowed);
        closed.setVisible(!allowed);
        closed.setText(getTranslation(guest ? "session.comments.guests-closed" : "session.comments.closed"));
    }

    private void showEmpty() {
        empty.setVisible(shownIds.isEmpty());
    }

    private Div item(RoomComment c) {
        shownIds.add(c.id());
        Span name = new Span(c.authorName());
        name.addClassName("session-comment-author");
        Span meta = new Span(Formats.time(c.createdAt(), getLocale()));
        meta.addClassName("session-comment-time");
        Div header = new Div(name);
        if (c.guest()) {
            Span tag = new Span(getTranslation("session.participants.guest"));
            tag.addClassName("session-comment-guest");
            header.add(tag);
        }
        header.add(meta);
        header.addClassName("session-comment-header");
        Paragraph text = new Paragraph(c.body());
        text.addClassName("session-comment-text");
        Div item = new Div(header, text);
        item.addClassName("session-comment");
        item.getElement().setAttribute("role", "listitem");
        return item;
    }

    /** The comments shown, oldest first, as "name: text" (for tests). */
    List<String> shown() {
        return list.getChildren().map(item -> ((Div) item).getChildren().toList())
                .map(parts -> ((Span) ((Div) parts.get(0)).getChildren().findFirst().orElseThrow()).getText()
                        + ": " + ((Paragraph) parts.get(1)).getText()).toList();
    }

    boolean formShown() {
        return form.isVisible();
    }
}
