package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.Component;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;

/**
 * The model a {@link PollCard} is drawn from in the browser ({@link PollCardScripts}): every text already
 * translated in the reader's language, so the script only places them. Small: a poll of three options is about
 * a kilobyte, where the same card built of server-side components was about 7.6 KB per room.
 */
final class PollCardModel {

    private PollCardModel() {
    }

    /** The whole card: shown when it appears, and when its status, the reader's votes or the form change. */
    static JsonObject card(Component c, PollSnapshot p, Map<Long, Integer> mine, boolean formShown, String error) {
        JsonObject m = Json.createObject();
        m.put("id", "poll-" + p.id());
        m.put("lang", PollTexts.locale(c).toLanguageTag());
        m.put("q", p.question());
        m.put("k", kindText(c, p));
        m.put("a", PollTexts.of(c, p.openToGuests() ? "poll.meta.guests" : "poll.meta.members"));
        m.put("s", PollTexts.of(c, p.status().labelKey()));
        m.put("st", p.status().name().toLowerCase());
        if (p.decides()) {
            m.put("d", PollTexts.of(c, "poll.meta.decides"));
        }
        if (p.status() == PollStatus.DRAFT) {
            JsonArray draft = Json.createArray();
            p.options().forEach(o -> draft.set(draft.length(), o.label()));
            m.put("draft", draft);
        }
        if (formShown) {
            m.put("form", form(c, p));
        }
        m.put("voted", voted(c, p, mine));
        m.put("error", error == null ? "" : error);
        if (p.status() != PollStatus.DRAFT) {
            m.put("bars", bars(c, p));
        }
        return m;
    }

    /** The results only: each option's numbers, width and table cells, and the total. */
    static JsonObject bars(Component c, PollSnapshot p) {
        JsonObject b = Json.createObject();
        boolean dots = p.kind() == PollKind.DOTS;
        b.put("caption", PollTexts.of(c, "poll.table.caption", p.question()));
        JsonArray headers = Json.createArray();
        headers.set(0, PollTexts.of(c, "poll.table.option"));
        headers.set(1, PollTexts.of(c, dots ? "poll.table.dots" : "poll.table.votes"));
        headers.set(2, PollTexts.of(c, "poll.table.percent"));
        b.put("headers", headers);
        JsonArray rows = Json.createArray();
        for (PollOptionResult o : p.options()) {
            int value = dots ? o.dots() : o.votes();
            long tenths = Math.round(o.percent() * 10);
            double share = Math.round(o.percent()) / 100.0;
            JsonObject r = Json.createObject();
            r.put("l", o.label());
            r.put("t", PollTexts.of(c, dots ? "poll.result.dots" : "poll.result.votes", value, share));
            r.put("w", tenths / 10 + "." + tenths % 10 + "%");
            r.put("c", PollTexts.of(c, "poll.number", value));
            r.put("s", PollTexts.of(c, "poll.percent", share));
            rows.set(rows.length(), r);
        }
        b.put("rows", rows);
        b.put("total", dots ? PollTexts.of(c, "poll.result.ballots-dots", p.ballots(), p.totalDots())
                : PollTexts.of(c, "poll.result.ballots", p.ballots()));
        return b;
    }

    static String kindText(Component c, PollSnapshot p) {
        String text = PollTexts.of(c, p.kind().labelKey());
        return p.kind() == PollKind.DOTS ? text + " · " + PollTexts.of(c, "poll.meta.dots", p.dots()) : text;
    }

    private static JsonObject form(Component c, PollSnapshot p) {
        JsonObject f = Json.createObject();
        f.put("type", p.kind().name().toLowerCase());
        f.put("legend", switch (p.kind()) {
            case SINGLE -> PollTexts.of(c, "poll.choices");
            case MULTIPLE -> PollTexts.of(c, "poll.choices.multiple");
            case DOTS -> PollTexts.of(c, "poll.choices.dots", p.dots());
        });
        f.put("vote", PollTexts.of(c, "poll.vote"));
        JsonArray options = Json.createArray();
        for (PollOptionResult o : p.options()) {
            JsonObject option = Json.createObject();
            option.put("id", String.valueOf(o.optionId()));
            option.put("l", o.label());
            if (p.kind() == PollKind.DOTS) {
                option.put("add", PollTexts.of(c, "poll.dot.add", o.label()));
                option.put("rm", PollTexts.of(c, "poll.dot.remove", o.label()));
            }
            options.set(options.length(), option);
        }
        f.put("options", options);
        if (p.kind() == PollKind.DOTS) {
            int dots = p.dots() == null ? 0 : p.dots();
            f.put("dots", dots);
            JsonArray left = Json.createArray();
            for (int i = 0; i <= dots; i++) {
                left.set(i, PollTexts.of(c, "poll.dots-left", i));
            }
            f.put("left", left);
        }
        return f;
    }

    private static String voted(Component c, PollSnapshot p, Map<Long, Integer> mine) {
        if (mine.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (PollOptionResult o : p.options()) {
            Integer dots = mine.get(o.optionId());
            if (dots != null) {
                parts.add(p.kind() == PollKind.DOTS ? PollTexts.of(c, "poll.voted.dots", o.label(), dots) : o.label());
            }
        }
        return PollTexts.of(c, "poll.voted", String.join(PollTexts.of(c, "poll.voted.separator"), parts));
    }
}
