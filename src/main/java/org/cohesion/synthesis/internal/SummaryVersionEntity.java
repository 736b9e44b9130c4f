package org.cohesion.synthesis.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.base.AbstractEntity;

/** A published, frozen version of a plan's summary; never changed after publishing. */
@Entity(name = "SummaryVersion")
@Table(name = "summary_version")
public class SummaryVersionEntity extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private int number;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "contribution_count", nullable = false)
    private int contributionCount;

    @Column(name = "participant_count", nullable = false)
    private int participantCount;

    @ElementCollection
    @CollectionTable(name = "summary_version_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "body", nullable = false, length = 2000)
    private List<String> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "summary_version_citation", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "cite_no")
    private List<FrozenCitationData> citations = new ArrayList<>();

    protected SummaryVersionEntity() {
    }

    public SummaryVersionEntity(long planId, int number, long authorId, String authorName, Instant publishedAt,
                                int contributionCount, int participantCount, List<String> lines,
                                List<FrozenCitationData> citations) {
        this.planId = planId;
        this.number = number;
        this.authorId = authorId;
        this.authorName = authorName;
        this.publishedAt = publishedAt;
        this.contributionCount = contributionCount;
        this.participantCount = participantCount;
        this.lines.addAll(lines);
        this.citations.addAll(citations);
    }

    public long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getContributionCount() {
        return contributionCount;
    }

    public int getParticipantCount() {
        return participantCount;
    }

    public List<String> getLines() {
        return List.copyOf(lines);
    }

    public List<FrozenCitationData> getCitations() {
        return List.copyOf(citations);
    }
}
