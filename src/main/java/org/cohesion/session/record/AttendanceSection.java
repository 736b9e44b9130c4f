package org.cohesion.session.record;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Who attended: name, member, host or guest, each connection period (joined–left) and the time present. */
@Component
@Order(10)
class AttendanceSection implements SessionRecordSection {

    @Override
    public RecordPart part(SessionRecord record, RecordContext t) {
        String title = t.t("session.record.attendance.title");
        if (record.attendance().isEmpty()) {
            return new RecordPart("attendance", title, new RecordBlock.Text(t.t("session.record.attendance.none")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Attendee a : record.attendance()) {
            String role = t.t(a.host() ? "session.record.attendance.host" : a.guest()
                    ? "session.record.attendance.guest" : "session.record.attendance.member");
            String periods = a.periods().stream().map(p -> t.t("session.record.attendance.period",
                    t.time(p.joinedAt()), p.leftAt() == null ? "" : t.time(p.leftAt())))
                    .collect(Collectors.joining(", "));
            rows.add(List.of(a.name(), role, periods, t.duration(a.present())));
        }
        return new RecordPart("attendance", title, new RecordBlock.Table(List.of(
                t.t("session.record.attendance.name"), t.t("session.record.attendance.role"),
                t.t("session.record.attendance.periods"), t.t("session.record.attendance.present")), rows));
    }
}
