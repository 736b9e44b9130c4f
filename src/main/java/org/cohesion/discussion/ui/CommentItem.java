package org.cohesion.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.cohesion.base.ui.Formats;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.Visibility;
import org.cohesion.moderation.ui.FlagAction;

/** One comment in a {@link ThreadPanel}; updated in place when the comment changes, so focus stays. */
class CommentItem extends Article {

    private final ThreadPanel panel;
    private CommentView comment;

    final Span author = new Span();
    final Span time = new Span();
    final Span edited = new Span();
    final Span inReplyTo = new Span();
    final Div body = new Div();
    final Span supportCount = new Span();
    final Button support = new Button();
    final Button reply = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    final Button flag;
    final Span moderation = new Span();
    final Div editor = new Div();
    final TextArea editBody = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    CommentItem(ThreadPanel panel, CommentView comment, boolean canPost) {
        this.panel = panel;
        this.flag = FlagAction.button(ContentType.COMMENT, comment.id());
        moderation.addClassName("comment-moderation");
        addClassName("comment");
        getElement().setAttribute("tabindex", "-1");
        author.addClassName("comment-author");
        time.addClassName("comment-time");
        edited.addClassName("comment-edited");
        edited.setText(getTranslation("discussion.edited"));
        inReplyTo.addClassName("comment-reply-to");
        body.addClassName("comment-body");
        supportCount.addClassName("comment-support-count");

        support.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        support.addClassName("comment-support");
        support.addClickListener(e -> panel.toggleSupport(this.comment));
        reply.setText(getTranslation("discussion.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reply.addClickListener(e -> panel.replyTo(this.comment));
        edit.setText(getTranslation("discussion.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.addClickListener(e -> startEditing());
        delete.setText(getTranslation("discussion.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> panel.confirmDelete(this.comment));

        editBody.setLabel(getTranslation("discussion.edit.label"));
        editBody.setMaxLength(DiscussionService.MAX_BODY);
        editBody.setValueChangeMode(ValueChangeMode.LAZY);
        editBody.addClassName("comment-edit-body");
        save.setText(getTranslation("discussion.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> panel.saveEdit(this, editBody.getValue()));
        cancel.setText(getTranslation("discussion.edit.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(e -> stopEditing());
        editor.addClassName("comment-editor");
        editor.add(editBody, new Div(save, cancel));
        editor.setVisible(false);

        Div header = new Div(author, time, edited, inReplyTo);
        header.addClassName("comment-header");
        Div actions = new Div(support, supportCount, reply, edit, delete, flag);
        actions.addClassName("comment-actions");
        add(header, moderation, body, editor, actions);
        update(comment, canPost);
    }

    CommentView comment() {
        return comment;
    }

    void update(CommentView next, boolean canPost) {
        this.comment = next;
        getElement().setAttribute("data-comment-id", String.valueOf(next.id()));
        author.setText(next.authorName());
        time.setText(Formats.dateTime(next.createdAt(), getLocale()));
        edited.setVisible(next.edited() && !next.deleted());
        inReplyTo.setVisible(next.parentId() != null);
        if (next.parentId() != null) {
            inReplyTo.setText(next.parentAuthorName() == null ? getTranslation("discussion.in-reply-to.unknown")
                    : getTranslation("discussion.in-reply-to", next.parentAuthorName()));
        }
        if (next.deleted()) {
            body.setText(getTranslation("discussion.deleted"));
            body.addClassName("comment-deleted");
            stopEditing();
        } else {
            // plain text: HTML in a comment is shown as typed, never rendered
            body.setText(next.body());
            body.removeClassName("comment-deleted");
        }
        String supportText = getTranslation("discussion.support", next.supportCount());
        boolean canSupport = canPost && !next.mine() && !next.deleted();
        support.setVisible(canSupport);
        support.setText(supportText);
        support.getElement().setAttribute("aria-pressed", String.valueOf(next.supportedByMe()));
        support.setTooltipText(getTranslation(next.supportedByMe() ? "discussion.support.withdraw"
                : "discussion.support.give"));
        supportCount.setVisible(!canSupport && next.supportCount() > 0);
        supportCount.setText(getTranslation("discussion.support.count", next.supportCount()));
        reply.setVisible(canPost && !next.deleted());
        edit.setVisible(next.canEdit());
        delete.setVisible(canPost && next.mine() && !next.deleted());
        flag.setVisible(canPost && !next.mine() && !next.deleted() && next.moderation() == Visibility.VISIBLE);
        String note = FlagAction.note(this, next.moderation(), next.moderationReason());
        moderation.setText(note == null ? "" : note);
        moderation.setVisible(note != null);
        if (!next.canEdit()) {
            stopEditing();
        }
    }

    void startEditing() {
        editBody.setValue(comment.body() == null ? "" : comment.body());
        editBody.setInvalid(false);
        editor.setVisible(true);
        body.setVisible(false);
        editBody.focus();
    }

    void stopEditing() {
        boolean wasEditing = editor.isVisible();
        editor.setVisible(false);
        body.setVisible(true);
        if (wasEditing && edit.isVisible()) {
            edit.focus();
        }
    }
}
