package org.cohesion.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.cohesion.base.ui.Formats;
import org.cohesion.evaluation.RatingService;
import org.cohesion.evaluation.RatingSummary;

/**
 * The distribution of a plan's ratings: a bar per number of stars drawn with CSS (width = share), hidden from
 * screen readers, and the same figures as a table for them.
 */
class RatingBars extends Div {

    RatingBars(RatingSummary summary) {
        addClassName("rating-distribution");
        Element bars = new Element("div");
        bars.setAttribute("class", "rating-bars");
        bars.setAttribute("aria-hidden", "true");
        Element table = new Element("table");
        table.setAttribute("class", "rating-table visually-hidden");
        table.appendChild(new Element("caption").setText(getTranslation("evaluation.table.caption")));
        Element head = new Element("tr").appendChild(th(getTranslation("evaluation.table.stars")),
                th(getTranslation("evaluation.table.ratings")), th(getTranslation("evaluation.table.share")));
        Element body = new Element("tbody");
        for (int s = RatingService.MAX_STARS; s >= RatingService.MIN_STARS; s--) {
            long share = Math.round(summary.percent(s));
            String count = Formats.number(summary.withStars(s), getLocale());
            Element fill = new Element("span").setAttribute("class", "rating-fill");
            fill.getStyle().set("width", share + "%");
            Element row = new Element("div").setAttribute("class", "rating-bar");
            row.appendChild(new Element("span").setAttribute("class", "rating-label")
                            .setText(getTranslation("evaluation.stars", s)),
                    new Element("span").setAttribute("class", "rating-track").appendChild(fill),
                    new Element("span").setAttribute("class", "rating-count").setText(count));
            bars.appendChild(row);
            body.appendChild(new Element("tr").appendChild(new Element("td").setText(getTranslation(
                    "evaluation.stars", s)), new Element("td").setText(count),
                    new Element("td").setText(share + " %")));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(bars, table);
    }

    private static Element th(String text) {
        return new Element("th").setAttribute("scope", "col").setText(text);
    }
}
