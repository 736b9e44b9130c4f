package org.cohesion.discussion.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.PlanTopics;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ThreadInfo;
import org.springframework.security.access.AccessDeniedException;

/**
 * A discussion thread: the newest {@value #PAGE} comments (oldest first), a "load earlier comments" button that
 * adds the {@value #PAGE} before them, and a form to post a comment or a reply. Comments others post, edit or
 * delete appear without reloading: a change is announced through the plan's Collaboration Engine topic and
 * every open panel re-reads the newest comments from the database. New comments from others are announced
 * politely to screen readers.
 */
public class ThreadPanel extends Div {

    static final int PAGE = 50;

    private final DiscussionService service;
    private final ThreadInfo thread;
    private final TreeMap<Long, CommentItem> items = new TreeMap<>();
    private final PlanTopics.ThreadSignal signal;
    private CommentView replyingTo;
    private final List<SerializableRunnable> countListeners = new ArrayList<>();

    final Button loadEarlier = new Button();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Div announcer = new Div();
    final Div composer = new Div();
    final Div replyInfo = new Div();
    final Span replyText = new Span();
    final Button cancelReply = new Button();
    final TextArea body = new TextArea();
    final Button post = new Button();
    final Paragraph closed = new Paragraph();

    /**
     * The thread of the given subject of a plan the viewer may see (created on first use); the general thread
     * has {@code subjectId} null.
     */
    public ThreadPanel(DiscussionService service, long planId, SubjectType type, Long subjectId) {
        this.service = service;
        this.thread = service.threadFor(planId, type, subjectId);
        addClassName("thread-panel");

        loadEarlier.setText(getTranslation("discussion.load-earlier"));
        loadEarlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loadEarlier.addClassName("thread-load-earlier");
        loadEarlier.addClickListener(e -> loadEarlier());

        list.addClassName("thread-comments");
        list.getElement().setAttribute("role", "feed");
        list.getElement().setAttribute("aria-label", getTranslation("discussion.comments"));
        empty.addClassName("empty-state");
        empty.setText(getTranslation("discussion.empty"));
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");

        replyInfo.addClassName("thread-replying");
        cancelReply.setText(getTranslation("discussion.reply.cancel"));
        cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancelReply.addClickListener(e -> replyTo(null));
        replyInfo.add(replyText, cancelReply);
        replyInfo.setVisible(false);

        body.setLabel(getTranslation("discussion.body.label"));
        body.setMaxLength(DiscussionService.MAX_BODY);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addClassName("thread-body");
        body.addValueChangeListener(e -> updateCounter());
        updateCounter();
        post.setText(getTranslation("discussion.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        composer.addClassName("thread-composer");
        composer.add(replyInfo, body, post);

        closed.addClassName("thread-closed");
        closed.setText(getTranslation("discussion.closed"));
        composer.setVisible(thread.canPost());
        closed.setVisible(!thread.canPost());

        add(loadEarlier, list, empty, announcer, composer, closed);
        showNewest();
        // connected while attached (Collaboration Engine follows attach and detach itself)
        signal = PlanTopics.threadSignal(this, thread.planId(), thread.id(), this::changed);
    }

    /** Calls the listener after the viewer posted or deleted a comment here (the thread's count changed). */
    public Registration addCountChangeListener(SerializableRunnable listener) {
        countListeners.add(listener);
        return () -> countListeners.remove(listener);
    }

    /** The thread shown. */
    public ThreadInfo thread() {
        return thread;
    }

    /** Re-reads the newest comments from the database, keeping earlier ones that were loaded. */
    public void refresh() {
        mergeNewest(true);
    }

    /** Someone changed the thread: re-read the newest comments, and the changed one if it is an older one shown. */
    void changed(Long commentId) {
        mergeNewest(true);
        CommentItem item = commentId == null ? null : items.get(commentId);
        if (item != null) {
            try {
                item.update(service.comment(commentId), thread.canPost());
            } catch (ObjectNotFoundException | AccessDeniedException e) {
                // no longer visible to this reader (a moderator hid it): it goes away
                items.remove(commentId);
                list.remove(item);
                empty.setVisible(items.isEmpty());
            }
        }
    }

    private void showNewest() {
        List<CommentView> page = new ArrayList<>(service.newest(thread.id(), PAGE + 1));
        boolean more = page.size() > PAGE;
        if (more) {
            page.remove(0);
        }
        items.clear();
        list.removeAll();
        page.forEach(this::add);
        loadEarlier.setVisible(more);
        empty.setVisible(items.isEmpty());
    }

    private void mergeNewest(boolean announce) {
        List<CommentView> page = new ArrayList<>(service.newest(thread.id(), PAGE + 1));
        boolean more = page.size() > PAGE;
        if (more) {
            page.remove(0);
        }
        if (!items.isEmpty() && more && page.get(0).id() > items.lastKey()) {
            // more than a page arrived since: start again from the newest
            showNewest();
            if (announce) {
                announcer.setText(getTranslation("discussion.new-comments", page.size()));
            }
            return;
        }
        int fromOthers = 0;
        for (CommentView c : page) {
            CommentItem item = items.get(c.id());
            if (item != null) {
                item.update(c, thread.canPost());
            } else {
                add(c);
                if (!c.mine()) {
                    fromOthers++;
                }
            }
        }
        if (items.isEmpty()) {
            loadEarlier.setVisible(more);
        }
        empty.setVisible(items.isEmpty());
        if (announce && fromOthers > 0) {
            announcer.setText(getTranslation("discussion.new-comments", fromOthers));
        }
    }

    void loadEarlier() {
        if (items.isEmpty()) {
            return;
        }
        List<CommentView> page = new ArrayList<>(service.before(thread.id(), items.firstKey(), PAGE + 1));
        boolean more = page.size() > PAGE;
        if (more) {
            page.remove(0);
        }
        page.forEach(this::add);
        loadEarlier.setVisible(more);
        announcer.setText(getTranslation("discussion.loaded-earlier", page.size()));
        if (!more && !page.isEmpty()) {
            // the button is gone: keep keyboard focus in the thread, on the first comment loaded
            items.get(page.get(0).id()).getElement().callJsFunction("focus");
        }
    }

    private void add(CommentView c) {
        CommentItem item = new CommentItem(this, c, thread.canPost());
        items.put(c.id(), item);
        list.addComponentAtIndex(items.headMap(c.id()).size(), item);
    }

    void post() {
        Long parent = replyingTo == null ? null : replyingTo.id();
        CommentView posted = act(() -> service.post(thread.id(), parent, body.getValue()), body);
        if (posted != null) {
            body.clear();
            body.setInvalid(false);
            replyTo(null);
            mergeNewest(false);
            announce(posted.id());
            List.copyOf(countListeners).forEach(SerializableRunnable::run);
        }
    }

    void replyTo(CommentView comment) {
        replyingTo = comment;
        replyInfo.setVisible(comment != null);
        if (comment != null) {
            replyText.setText(getTranslation("discussion.replying-to", comment.authorName()));
            body.focus();
        }
    }

    void toggleSupport(CommentView comment) {
        CommentView next = act(() -> comment.supportedByMe() ? service.withdrawSupport(comment.id())
                : service.support(comment.id()), null);
        if (next != null) {
            updated(next);
        }
    }

    void saveEdit(CommentItem item, String text) {
        CommentView next = act(() -> service.edit(item.comment().id(), text), item.editBody);
        if (next != null) {
            updated(next);
            item.stopEditing();
        }
    }

    void confirmDelete(CommentView comment) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("discussion.delete.confirm-title"));
        dialog.setText(getTranslation("discussion.delete.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("discussion.edit.cancel"));
        dialog.setConfirmText(getTranslation("discussion.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(comment));
        dialog.open();
    }

    void delete(CommentView comment) {
        CommentView next = act(() -> service.delete(comment.id()), null);
        if (next != null) {
            updated(next);
            List.copyOf(countListeners).forEach(SerializableRunnable::run);
        }
    }

    private void updated(CommentView next) {
        CommentItem item = items.get(next.id());
        if (item != null) {
            item.update(next, thread.canPost());
        }
        announce(next.id());
    }

    boolean signalConnected() {
        return signal.connected();
    }

    /** Tells everyone with the thread open that it changed (and which comment). */
    void announce(Long commentId) {
        signal.changed(commentId);
    }

    private void updateCounter() {
        String value = body.getValue();
        int used = value == null ? 0 : value.codePointCount(0, value.length());
        body.setHelperText(getTranslation("discussion.body.counter", Formats.number(used, getLocale()),
                Formats.number(DiscussionService.MAX_BODY, getLocale())));
    }

    /** Runs a service call; refusals are shown at the field (or notified) and give null. */
    private <T> T act(Supplier<T> call, HasValidation field) {
        try {
            return call.get();
        } catch (ValidationException e) {
            if (field != null) {
                FieldErrors.show(this, e, Map.of(e.fieldErrors().keySet().iterator().next(), field));
            } else {
                Notifications.error(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            }
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("discussion.not-yours"));
        } catch (ObjectNotFoundException e) {
            Notifications.error(getTranslation("error.not-found.text"));
        }
        return null;
    }
}
