package org.cohesion.session.record;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The comments on the session's plan (general discussion and annotation threads) posted while it ran. */
@Component
@Order(50)
class CommentsSection implements SessionRecordSection {

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        String title = t.t("session.record.comments.title");
        if (record.comments().isEmpty()) {
            return new RecordPart("comments", title, new RecordBlock.Text(t.t("session.record.comments.none")));
        }
        long planId = record.session().planId();
        List<RecordItem> items = new ArrayList<>();
        for (RecordComment c : record.comments()) {
            String where = c.general() ? t.t("session.record.comments.general")
                    : c.annotationNumber() == null ? t.t("session.record.comments.on-deleted")
                    : t.t("session.record.comments.on-annotation", c.annotationNumber());
            String label = t.t(c.reply() ? "session.record.comments.reply-label" : "session.record.comments.label",
                    c.authorName(), t.time(c.createdAt()), where);
            String link = c.general() ? "plans/" + planId : "plans/" + planId + "?annotation=" + c.annotationId();
            items.add(new RecordItem(label, c.body() == null ? "" : c.body(), link));
        }
        List<RecordBlock> blocks = new ArrayList<>();
        blocks.add(new RecordBlock.Items(items, false));
        if (record.moreComments()) {
            blocks.add(new RecordBlock.Text(t.t("session.record.more", t.number(SessionRecordService.MAX_ITEMS))));
        }
        return new RecordPart("comments", title, blocks);
    }
}
