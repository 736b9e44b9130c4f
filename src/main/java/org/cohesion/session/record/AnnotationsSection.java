package org.cohesion.session.record;

import java.util.ArrayList;
import java.util.List;
import org.cohesion.annotation.AnnotationInfo;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The pins, areas and remarks on texts made on the session's plan while the session ran. */
@Component
@Order(40)
class AnnotationsSection implements SessionRecordSection {

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        String title = t.t("session.record.annotations.title");
        if (record.annotations().isEmpty()) {
            return new RecordPart("annotations", title,
                    new RecordBlock.Text(t.t("session.record.annotations.none")));
        }
        List<RecordItem> items = new ArrayList<>();
        for (AnnotationInfo a : record.annotations()) {
            String label = t.t("session.record.annotations.label", a.number(), t.t(a.category().labelKey()),
                    a.authorName(), t.time(a.createdAt()));
            String text = a.isRemark() ? t.t("session.record.annotations.on-quote", a.quoteWords(120), a.body())
                    : a.body();
            items.add(new RecordItem(label, text, "plans/" + a.planId() + "?annotation=" + a.id()));
        }
        List<RecordBlock> blocks = new ArrayList<>();
        blocks.add(new RecordBlock.Items(items, false));
        if (record.moreAnnotations()) {
            blocks.add(new RecordBlock.Text(t.t("session.record.more", t.number(SessionRecordService.MAX_ITEMS))));
        }
        return new RecordPart("annotations", title, blocks);
    }
}
