package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.cohesion.base.ui.Formats;
import org.cohesion.synthesis.Citation;
import org.cohesion.synthesis.PublishedLine;
import org.cohesion.synthesis.PublishedSummary;

/**
 * A published (or previewed) summary, read-only: who published it when, the figures it was based on, and its
 * lines, each followed by links to the contributions it cites. All text is set as text, never as markup.
 */
class PublishedPage extends Div {

    final Paragraph meta = new Paragraph();

    PublishedPage(PublishedSummary summary) {
        addClassName("synthesis-published");
        add(new H3(getTranslation("synthesis.heading")));
        if (summary.publishedAt() != null) {
            meta.setText(getTranslation("synthesis.published.by", summary.number(),
                    Formats.dateTime(summary.publishedAt(), getLocale()), summary.authorName()));
        } else {
            meta.setText(getTranslation("synthesis.editor.preview"));
        }
        meta.addClassName("synthesis-meta");
        add(meta);
        if (summary.contributions() > 0) {
            Paragraph figures = new Paragraph(getTranslation("synthesis.published.figures", summary.contributions(),
                    summary.participants()));
            figures.addClassName("synthesis-meta");
            add(figures);
        }
        int n = 0;
        for (PublishedLine line : summary.lines()) {
            n++;
            Div block = new Div();
            block.addClassName("synthesis-line");
            Paragraph text = new Paragraph(line.text());
            text.addClassName("synthesis-line-text");
            block.add(text);
            block.add(citations(line.citations(), n));
            add(block);
        }
    }

    private UnorderedList citations(List<Citation> citations, int line) {
        UnorderedList list = new UnorderedList();
        list.addClassName("synthesis-citations");
        list.getElement().setAttribute("aria-label", getTranslation("synthesis.citations") + " " + line);
        for (Citation c : citations) {
            Anchor link = new Anchor(c.link(), getTranslation("synthesis.citation.label",
                    getTranslation(c.category().labelKey()), c.authorName()));
            link.addClassName("synthesis-citation-link");
            Span excerpt = new Span(excerpt(c));
            excerpt.addClassName("synthesis-citation-text");
            list.add(new ListItem(link, excerpt));
        }
        return list;
    }

    private static String excerpt(Citation c) {
        String flat = c.text().strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 200 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 200)) + "…";
    }
}
