package org.cohesion.synthesis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A cited contribution as it read when the summary was published. */
@Embeddable
public class FrozenCitationData {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "contribution", nullable = false)
    private String contribution;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String category;

    @Column(name = "quote")
    private String quote;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "contributed_at", nullable = false)
    private Instant contributedAt;

    @Column(nullable = false)
    private String link;

    protected FrozenCitationData() {
    }

    public FrozenCitationData(int lineNo, String contribution, String kind, String category, String quote,
                              String body, String authorName, Instant contributedAt, String link) {
        this.lineNo = lineNo;
        this.contribution = contribution;
        this.kind = kind;
        this.category = category;
        this.quote = quote;
        this.body = body;
        this.authorName = authorName;
        this.contributedAt = contributedAt;
        this.link = link;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getContribution() {
        return contribution;
    }

    public String getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getQuote() {
        return quote;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getContributedAt() {
        return contributedAt;
    }

    public String getLink() {
        return link;
    }
}
