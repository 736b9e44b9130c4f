package org.cohesion.synthesis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** One stored line of a summary draft: its text and the references it cites, space separated. */
@Embeddable
public class DraftLineData {

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "cited", nullable = false, length = 2000)
    private String cited;

    protected DraftLineData() {
    }

    public DraftLineData(String body, List<String> cited) {
        this.body = body;
        this.cited = String.join(" ", cited);
    }

    public String getBody() {
        return body;
    }

    public List<String> getCited() {
        return cited.isBlank() ? List.of() : Arrays.asList(cited.split(" "));
    }
}
