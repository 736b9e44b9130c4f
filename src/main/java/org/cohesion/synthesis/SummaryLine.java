package org.cohesion.synthesis;

import java.util.List;

/** One line (a paragraph) of a "what we heard" draft: plain text and the contributions it cites. */
public record SummaryLine(String text, List<String> cited) {

    public SummaryLine {
        text = text == null ? "" : text;
        cited = cited == null ? List.of() : List.copyOf(cited);
    }
}
