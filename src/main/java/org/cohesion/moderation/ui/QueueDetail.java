package org.cohesion.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.moderation.BlockService;
import org.cohesion.moderation.FlagView;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.QueueItemDetails;
import org.springframework.security.access.AccessDeniedException;

/** The selected queue item: its content as text, plan and link into the plan, flags with reasons and dates. */
class QueueDetail extends Div {

    private final ModerationService service;
    private final BlockService blocking;
    private final Runnable changed;
    private Long itemId;

    final Paragraph content = new Paragraph();
    Button block = new Button();

    QueueDetail(ModerationService service, BlockService blocking, Runnable changed) {
        this.service = service;
        this.blocking = blocking;
        this.changed = changed;
        addClassName("moderation-detail");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    void show(long id) {
        itemId = id;
        refresh();
    }

    void refresh() {
        removeAll();
        if (itemId == null) {
            return;
        }
        QueueItemDetails d = service.details(itemId);
        setVisible(true);
        add(new H3(getTranslation("moderation.queue.detail")));
        Paragraph meta = new Paragraph(getTranslation(QueueTexts.typeKey(d.item())) + " · " + d.item().planTitle()
                + " · " + d.item().authorName() + " · " + QueueTexts.state(this, d.item()));
        add(meta);
        // plain text: never rendered as markup
        content.setText(d.content() == null ? getTranslation("moderation.queue.no-content") : d.content().text());
        content.addClassName("moderation-content");
        add(content);
        if (d.item().hideReason() != null) {
            add(new Paragraph(getTranslation("moderation.note.hidden", d.item().hideReason())));
        }
        if (d.content() != null) {
            add(new Anchor(d.content().link(), getTranslation("moderation.queue.open")));
        }
        UnorderedList flags = new UnorderedList();
        for (FlagView f : d.flags()) {
            String reason = getTranslation(f.reason().labelKey()) + (f.text() == null ? "" : ": " + f.text());
            flags.add(new ListItem(getTranslation("moderation.queue.flag-line", f.flaggerName(), reason,
                    Formats.dateTime(f.createdAt(), getLocale()))));
        }
        add(flags);
        long author = d.item().authorId();
        boolean blocked = blocking.isBlocked(author);
        block = new Button(getTranslation(blocked ? "moderation.queue.unblock" : "moderation.queue.block"));
        block.addThemeVariants(blocked ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_ERROR);
        block.addClickListener(e -> {
            if (blocked) {
                run(() -> blocking.unblock(author), getTranslation("moderation.unblock.done", d.item().authorName()));
            } else {
                new BlockDialog(d.item().authorName(), reason -> run(() -> blocking.block(author, reason),
                        getTranslation("moderation.block.done", d.item().authorName()))).open();
            }
        });
        add(block);
    }

    private boolean run(Runnable call, String done) {
        try {
            call.run();
            Notifications.success(done);
            changed.run();
            refresh();
            return true;
        } catch (ValidationException e) {
            throw e;
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("moderation.queue.not-allowed"));
            return false;
        }
    }
}
