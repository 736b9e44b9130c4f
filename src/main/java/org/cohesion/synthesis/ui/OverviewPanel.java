package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.function.Function;
import org.cohesion.synthesis.DrawingRegions;
import org.cohesion.synthesis.Overview;
import org.cohesion.synthesis.Tally;

/** The overview of a plan's contributions: totals, bar charts with tables, most supported and unresolved lists. */
class OverviewPanel extends Div {

    final Paragraph total = new Paragraph();

    OverviewPanel(Overview overview, String communityName) {
        addClassName("synthesis-overview");
        total.setText(getTranslation("synthesis.overview.total", overview.total(), overview.people()));
        total.addClassName("synthesis-total");
        add(total);
        Div charts = new Div();
        charts.addClassName("synthesis-charts");
        charts.add(chart("chart-category", "synthesis.chart.category", overview.byCategory(),
                k -> Labels.category(this, k)));
        charts.add(chart("chart-status", "synthesis.chart.status", overview.byStatus(), k -> Labels.status(this, k)));
        charts.add(chart("chart-kind", "synthesis.chart.kind", overview.byKind(), k -> Labels.kind(this, k)));
        charts.add(chart("chart-section", "synthesis.chart.section", overview.bySection(),
                k -> Labels.section(this, k)));
        for (DrawingRegions d : overview.byRegion()) {
            charts.add(new BarChart("chart-region-" + d.drawingId(),
                    getTranslation("synthesis.chart.region", d.title()), bars(d.regions(), k -> Labels.region(this, k))));
        }
        charts.add(chart("chart-week", "synthesis.chart.week", overview.byWeek(), k -> Labels.week(this, getLocale(), k)));
        charts.add(chart("chart-community", "synthesis.chart.community", overview.byCommunity(),
                k -> "MEMBERS".equals(k) ? communityName : getTranslation("synthesis.community.outside")));
        charts.add(chart("chart-group", "synthesis.chart.group", overview.byGroup(), k -> Labels.group(this, k)));
        add(charts);

        add(list("synthesis-top", getTranslation("synthesis.most-supported"), overview.mostSupported().isEmpty()
                ? null : new ContributionLinks(this, overview.mostSupported()), 0));
        add(list("synthesis-unresolved", getTranslation("synthesis.unresolved", overview.unresolvedCount()),
                overview.unresolved().isEmpty() ? null : new ContributionLinks(this, overview.unresolved()),
                overview.unresolvedCount() - overview.unresolved().size()));
    }

    private BarChart chart(String id, String titleKey, List<Tally> tallies, Function<String, String> label) {
        return new BarChart(id, getTranslation(titleKey), bars(tallies, label));
    }

    private static List<BarChart.Bar> bars(List<Tally> tallies, Function<String, String> label) {
        return tallies.stream().map(t -> new BarChart.Bar(label.apply(t.key()), t.contributions(), t.people()))
                .toList();
    }

    private Section list(String id, String title, ContributionLinks links, long more) {
        H3 heading = new H3(title);
        heading.setId(id);
        Section section = new Section(heading);
        section.addClassName("synthesis-list");
        section.getElement().setAttribute("aria-labelledby", id);
        if (links == null) {
            section.add(new Paragraph(getTranslation("synthesis.none")));
        } else {
            section.add(links);
        }
        if (more > 0) {
            section.add(new Paragraph(getTranslation("synthesis.unresolved.more", more)));
        }
        return section;
    }
}
