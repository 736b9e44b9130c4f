package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollSnapshot;

/**
 * A poll's results as horizontal bars drawn with CSS (each fill's width is the option's share), with the numbers
 * as text, and the same as a table for screen readers (the bars are hidden from them). Built once per poll from
 * plain elements (it is built in every open room when a poll opens); {@link #update} only changes the texts and
 * widths that differ, so a stream of snapshots costs each room a few small updates.
 */
class PollBars extends Div {

    private final PollKind kind;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    final Paragraph total = new Paragraph();
    private int shownBallots = -1;

    PollBars(PollSnapshot poll) {
        this.kind = poll.kind();
        addClassName("poll-results");
        Element bars = new Element("div");
        bars.setAttribute("class", "poll-bars");
        bars.setAttribute("aria-hidden", "true");

        Element table = new Element("table");
        table.setAttribute("class", "visually-hidden");
        table.appendChild(new Element("caption").setText(PollTexts.of(this, "poll.table.caption",
                poll.question())));
        Element headRow = new Element("tr");
        headRow.appendChild(header("col", PollTexts.of(this, "poll.table.option")),
                header("col", PollTexts.of(this, kind == PollKind.DOTS ? "poll.table.dots" : "poll.table.votes")),
                header("col", PollTexts.of(this, "poll.table.percent")));
        Element body = new Element("tbody");
        table.appendChild(new Element("thead").appendChild(headRow), body);

        for (PollOptionResult option : poll.options()) {
            Row row = new Row(option.label());
            rows.put(option.optionId(), row);
            bars.appendChild(row.bar);
            body.appendChild(row.tableRow);
        }
        total.addClassName("poll-total");
        getElement().appendChild(bars);
        add(total);
        getElement().appendChild(table);
        update(poll);
    }

    private static Element header(String scope, String text) {
        return new Element("th").setAttribute("scope", scope).setText(text);
    }

    /** Shows the snapshot's numbers: only texts and bar widths that changed. */
    void update(PollSnapshot poll) {
        for (PollOptionResult option : poll.options()) {
            Row row = rows.get(option.optionId());
            if (row != null) {
                row.show(option);
            }
        }
        if (poll.ballots() != shownBallots) {
            shownBallots = poll.ballots();
            total.setText(kind == PollKind.DOTS
                    ? PollTexts.of(this, "poll.result.ballots-dots", poll.ballots(), poll.totalDots())
                    : PollTexts.of(this, "poll.result.ballots", poll.ballots()));
        }
    }

    /** The number texts shown beside the bars, in option order (for tests). */
    List<String> numbers() {
        return rows.values().stream().map(r -> r.numbers.getText()).toList();
    }

    /** The bars' widths (CSS), in option order (for tests). */
    List<String> widths() {
        return rows.values().stream().map(r -> r.fill.getStyle().get("width")).toList();
    }

    /** The table's rows as text (option, count, share), in option order (for tests). */
    List<String> tableRows() {
        return rows.values().stream().map(r -> r.tableRow.getChildren().map(Element::getText)
                .reduce((a, b) -> a + " | " + b).orElse("")).toList();
    }

    /** One option: a bar (label, numbers, track with fill) and a table row. */
    private final class Row {
        final Element bar = new Element("div");
        final Element numbers = new Element("span");
        final Element fill = new Element("div");
        final Element tableRow = new Element("tr");
        final Element countCell = new Element("td");
        final Element shareCell = new Element("td");
        long shownTenths = -1;
        long shownText = -1;

        Row(String label) {
            bar.setAttribute("class", "poll-bar");
            numbers.setAttribute("class", "poll-bar-numbers");
            fill.setAttribute("class", "poll-bar-fill");
            Element track = new Element("div").appendChild(fill);
            track.setAttribute("class", "poll-bar-track");
            Element name = new Element("span").setText(label);
            name.setAttribute("class", "poll-bar-label");
            bar.appendChild(name, numbers, track);
            tableRow.appendChild(header("row", label), countCell, shareCell);
        }

        void show(PollOptionResult option) {
            int value = kind == PollKind.DOTS ? option.dots() : option.votes();
            long tenths = Math.round(option.percent() * 10);
            if (tenths != shownTenths) {
                shownTenths = tenths;
                fill.getStyle().set("width", tenths / 10 + "." + tenths % 10 + "%");
            }
            // the texts show whole percents
            long percent = Math.round(option.percent());
            if (value * 1000L + percent != shownText) {
                shownText = value * 1000L + percent;
                double share = percent / 100.0;
                numbers.setText(PollTexts.of(PollBars.this,
                        kind == PollKind.DOTS ? "poll.result.dots" : "poll.result.votes", value, share));
                countCell.setText(PollTexts.of(PollBars.this, "poll.number", value));
                shareCell.setText(PollTexts.of(PollBars.this, "poll.percent", share));
            }
        }
    }
}
