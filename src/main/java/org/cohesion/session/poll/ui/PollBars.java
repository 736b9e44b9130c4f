package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.base.ui.Formats;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollSnapshot;

/**
 * A poll's results as horizontal bars drawn with CSS (each fill's width is the option's share), with the numbers
 * as text, and the same as a table for screen readers (the bars are hidden from them). Built once per poll;
 * {@link #update} only changes texts and widths, so a stream of snapshots costs a few style updates each.
 */
class PollBars extends Div {

    private final PollKind kind;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final NativeTable table = new NativeTable();
    final Paragraph total = new Paragraph();
    private int shownBallots = -1;

    PollBars(PollSnapshot poll) {
        this.kind = poll.kind();
        addClassName("poll-results");
        Div bars = new Div();
        bars.addClassName("poll-bars");
        bars.getElement().setAttribute("aria-hidden", "true");

        table.addClassName("visually-hidden");
        table.setCaptionText(getTranslation("poll.table.caption", poll.question()));
        NativeTableRow headRow = new NativeTableRow();
        NativeTableHeaderCell optionHead = new NativeTableHeaderCell(getTranslation("poll.table.option"));
        NativeTableHeaderCell countHead = new NativeTableHeaderCell(getTranslation(
                kind == PollKind.DOTS ? "poll.table.dots" : "poll.table.votes"));
        NativeTableHeaderCell shareHead = new NativeTableHeaderCell(getTranslation("poll.table.percent"));
        for (NativeTableHeaderCell c : new NativeTableHeaderCell[] {optionHead, countHead, shareHead}) {
            c.getElement().setAttribute("scope", "col");
        }
        headRow.add(optionHead, countHead, shareHead);
        table.getHead().addRows(headRow);
        NativeTableBody body = table.getBody();

        for (PollOptionResult option : poll.options()) {
            Row row = new Row(option.label());
            rows.put(option.optionId(), row);
            bars.add(row.bar);
            body.addRows(row.tableRow);
        }
        total.addClassName("poll-total");
        add(bars, total, table);
        update(poll);
    }

    /** Shows the snapshot's numbers: texts and bar widths only. */
    void update(PollSnapshot poll) {
        Locale locale = getLocale();
        for (PollOptionResult option : poll.options()) {
            Row row = rows.get(option.optionId());
            if (row != null) {
                row.show(option, locale);
            }
        }
        if (poll.ballots() != shownBallots) {
            shownBallots = poll.ballots();
            total.setText(kind == PollKind.DOTS
                    ? getTranslation("poll.result.ballots-dots", poll.ballots(), poll.totalDots())
                    : getTranslation("poll.result.ballots", poll.ballots()));
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

    /** One option: a bar (label, numbers, track with fill) and a table row. */
    private final class Row {
        final Div bar = new Div();
        final Span numbers = new Span();
        final Div fill = new Div();
        final NativeTableRow tableRow = new NativeTableRow();
        final NativeTableCell countCell = new NativeTableCell();
        final NativeTableCell shareCell = new NativeTableCell();
        String shownText = "";
        String shownWidth = "";

        Row(String label) {
            bar.addClassName("poll-bar");
            Span name = new Span(label);
            name.addClassName("poll-bar-label");
            numbers.addClassName("poll-bar-numbers");
            Div track = new Div(fill);
            track.addClassName("poll-bar-track");
            fill.addClassName("poll-bar-fill");
            bar.add(name, numbers, track);
            NativeTableHeaderCell option = new NativeTableHeaderCell(label);
            option.getElement().setAttribute("scope", "row");
            tableRow.add(option, countCell, shareCell);
        }

        void show(PollOptionResult option, Locale locale) {
            int value = kind == PollKind.DOTS ? option.dots() : option.votes();
            String width = String.format(Locale.ROOT, "%.1f%%", option.percent());
            if (!width.equals(shownWidth)) {
                shownWidth = width;
                fill.getStyle().set("width", width);
            }
            double share = option.percent() / 100;
            String text = getTranslation(kind == PollKind.DOTS ? "poll.result.dots" : "poll.result.votes", value,
                    share);
            if (!text.equals(shownText)) {
                shownText = text;
                numbers.setText(text);
                countCell.setText(Formats.number(value, locale));
                shareCell.setText(NumberFormat.getPercentInstance(locale).format(share));
            }
        }
    }
}
