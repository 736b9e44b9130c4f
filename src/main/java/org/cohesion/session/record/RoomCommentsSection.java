package org.cohesion.session.record;

import java.util.ArrayList;
import java.util.List;
import org.cohesion.session.RoomComment;
import org.cohesion.session.SessionCommentsService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The comments written in the session's room, by members and guests (by their display name), oldest first. */
@Component
@Order(45)
class RoomCommentsSection implements SessionRecordSection {

    private final SessionCommentsService comments;

    RoomCommentsSection(SessionCommentsService comments) {
        this.comments = comments;
    }

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        String title = t.t("session.record.room-comments.title");
        List<RoomComment> written = comments.forRecord(record.session().id(), SessionRecordService.MAX_ITEMS + 1);
        if (written.isEmpty()) {
            return new RecordPart("room-comments", title,
                    new RecordBlock.Text(t.t("session.record.room-comments.none")));
        }
        List<RecordItem> items = new ArrayList<>();
        for (RoomComment c : written.subList(0, Math.min(written.size(), SessionRecordService.MAX_ITEMS))) {
            String name = c.guest() ? t.t("session.record.room-comments.guest", c.authorName()) : c.authorName();
            items.add(new RecordItem(t.t("session.record.room-comments.label", name, t.time(c.createdAt())),
                    c.body()));
        }
        List<RecordBlock> blocks = new ArrayList<>();
        blocks.add(new RecordBlock.Items(items, false));
        if (written.size() > SessionRecordService.MAX_ITEMS) {
            blocks.add(new RecordBlock.Text(t.t("session.record.more", t.number(SessionRecordService.MAX_ITEMS))));
        }
        return new RecordPart("room-comments", title, blocks);
    }
}
