package org.cohesion.session.record;

import java.util.List;
import org.cohesion.session.AgendaItemView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The agenda in its order: when each item first became current, or that it was not reached. */
@Component
@Order(20)
class AgendaSection implements SessionRecordSection {

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        String title = t.t("session.record.agenda.title");
        if (record.agenda().isEmpty()) {
            return new RecordPart("agenda", title, new RecordBlock.Text(t.t("session.agenda.empty")));
        }
        long covered = record.agenda().stream().filter(AgendaItemView::covered).count();
        List<RecordItem> items = record.agenda().stream().map(i -> new RecordItem(i.title(),
                i.covered() ? t.t("session.record.agenda.covered", t.time(i.coveredAt()))
                        : t.t("session.record.agenda.not-reached"))).toList();
        return new RecordPart("agenda", title,
                new RecordBlock.Text(t.t("session.record.agenda.count", covered, record.agenda().size())),
                new RecordBlock.Items(items, true));
    }
}
