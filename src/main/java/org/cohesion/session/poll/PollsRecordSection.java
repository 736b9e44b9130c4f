package org.cohesion.session.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cohesion.session.record.RecordBlock;
import org.cohesion.session.record.RecordContext;
import org.cohesion.session.record.RecordPart;
import org.cohesion.session.record.SessionRecord;
import org.cohesion.session.record.SessionRecordSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The polls of an ended session in its record: each question, whether it was a decision poll, how it was asked,
 * and its results.
 */
@Component
@Order(30)
class PollsRecordSection implements SessionRecordSection {

    private final PollService polls;

    PollsRecordSection(PollService polls) {
        this.polls = polls;
    }

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        List<PollSnapshot> asked = polls.putToParticipants(record.session().id());
        String title = t.t("poll.record.title");
        if (asked.isEmpty()) {
            return new RecordPart("polls", title, new RecordBlock.Text(t.t("poll.record.none")));
        }
        List<RecordBlock> blocks = new ArrayList<>();
        for (PollSnapshot poll : asked) {
            blocks.add(new RecordBlock.Heading(poll.question()));
            if (poll.decides()) {
                blocks.add(new RecordBlock.Text(t.t("poll.record.decides")));
            }
            String kind = t.t("poll.kind." + poll.kind().name().toLowerCase(Locale.ROOT));
            blocks.add(new RecordBlock.Text(poll.kind() == PollKind.DOTS
                    ? t.t("poll.record.summary.dots", kind, t.number(poll.ballots()), t.number(poll.totalDots()))
                    : t.t("poll.record.summary", kind, t.number(poll.ballots()))));
            List<List<String>> rows = poll.options().stream().map(o -> List.of(o.label(),
                    t.number(poll.kind() == PollKind.DOTS ? o.dots() : o.votes()),
                    String.format(t.locale(), "%.0f %%", o.percent()))).toList();
            blocks.add(new RecordBlock.Table(List.of(t.t("poll.record.option"),
                    t.t(poll.kind() == PollKind.DOTS ? "poll.record.dots" : "poll.record.votes"),
                    t.t("poll.record.share")), rows));
        }
        return new RecordPart("polls", title, blocks);
    }
}
