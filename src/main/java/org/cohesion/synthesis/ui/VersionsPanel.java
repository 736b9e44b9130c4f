package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.cohesion.base.ui.Formats;
import org.cohesion.synthesis.SummaryService;
import org.cohesion.synthesis.SummaryVersionInfo;

/** The plan's published versions, newest first; choosing one shows it as residents saw it. */
class VersionsPanel extends Div {

    private final SummaryService summaries;
    private final long planId;
    final UnorderedList list = new UnorderedList();
    final Div shown = new Div();

    VersionsPanel(SummaryService summaries, long planId) {
        this.summaries = summaries;
        this.planId = planId;
        addClassName("synthesis-versions");
        add(list, shown);
        refresh();
    }

    void refresh() {
        list.removeAll();
        shown.removeAll();
        var versions = summaries.versions(planId);
        if (versions.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("synthesis.versions.none"))));
        }
        for (SummaryVersionInfo v : versions) {
            Button view = new Button(getTranslation("synthesis.versions.view", v.number()), e -> show(v.number()));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Span meta = new Span(getTranslation("synthesis.published.by", v.number(),
                    Formats.dateTime(v.publishedAt(), getLocale()), v.authorName()));
            meta.addClassName("synthesis-meta");
            list.add(new ListItem(view, meta));
        }
    }

    void show(int number) {
        shown.removeAll();
        summaries.version(planId, number).ifPresent(s -> shown.add(new PublishedPage(s)));
    }
}
