package org.cohesion.moderation.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.QueueItem;
import org.cohesion.moderation.Visibility;

/** Labels of queue items. */
final class QueueTexts {

    private QueueTexts() {
    }

    static String typeKey(QueueItem i) {
        return i.type() == ContentType.COMMENT ? "moderation.queue.comment" : "moderation.queue.annotation";
    }

    static String state(Component c, QueueItem i) {
        String visibility = c.getTranslation(switch (i.visibility()) {
            case VISIBLE -> "moderation.state.visible";
            case HIDDEN -> i.autoHidden() ? "moderation.state.hidden-auto" : "moderation.state.hidden";
            case AWAITING_REVIEW -> "moderation.state.awaiting";
            case BLOCKED -> "moderation.state.blocked";
        });
        String review = c.getTranslation(i.pending() ? "moderation.status.pending" : "moderation.status.reviewed");
        return i.visibility() == Visibility.VISIBLE && !i.pending() ? review : visibility + " · " + review;
    }
}
