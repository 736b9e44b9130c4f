package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.cohesion.base.ui.Formats;

/**
 * A chart as horizontal bars drawn with CSS (each fill's width is its share of the largest), with the numbers as
 * text, and the same figures as a table for screen readers (the bars are hidden from them).
 */
class BarChart extends Section {

    /** One bar: what it counts, how many contributions and from how many people. */
    record Bar(String label, long contributions, long people) {
    }

    final List<Bar> bars;

    BarChart(String id, String title, List<Bar> bars) {
        this.bars = bars;
        addClassName("synthesis-chart");
        H3 heading = new H3(title);
        heading.setId(id);
        getElement().setAttribute("aria-labelledby", id);
        add(heading);
        Locale locale = getLocale();
        long max = bars.stream().mapToLong(Bar::contributions).max().orElse(0);

        Element chart = new Element("div");
        chart.setAttribute("class", "synthesis-bars");
        chart.setAttribute("aria-hidden", "true");
        Element table = new Element("table");
        table.setAttribute("class", "visually-hidden");
        table.appendChild(new Element("caption").setText(title));
        Element head = new Element("tr");
        head.appendChild(th(getTranslation("synthesis.table.item")), th(getTranslation("synthesis.table.contributions")),
                th(getTranslation("synthesis.table.people")));
        Element body = new Element("tbody");
        table.appendChild(new Element("thead").appendChild(head), body);
        for (Bar bar : bars) {
            Element row = new Element("div");
            row.setAttribute("class", "synthesis-bar");
            row.setAttribute("title", getTranslation("synthesis.chart.bar", bar.label(), bar.contributions(),
                    bar.people()));
            Element label = new Element("span").setText(bar.label());
            label.setAttribute("class", "synthesis-bar-label");
            Element numbers = new Element("span").setText(Formats.number(bar.contributions(), locale));
            numbers.setAttribute("class", "synthesis-bar-number");
            Element track = new Element("span");
            track.setAttribute("class", "synthesis-bar-track");
            Element fill = new Element("span");
            fill.setAttribute("class", "synthesis-bar-fill");
            double share = max == 0 ? 0 : 100.0 * bar.contributions() / max;
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share));
            track.appendChild(fill);
            row.appendChild(label, numbers, track);
            chart.appendChild(row);

            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(bar.label()),
                    new Element("td").setText(Formats.number(bar.contributions(), locale)),
                    new Element("td").setText(Formats.number(bar.people(), locale)));
            body.appendChild(tr);
        }
        getElement().appendChild(chart, table);
    }

    private static Element th(String text) {
        return new Element("th").setAttribute("scope", "col").setText(text);
    }
}
