package org.cohesion.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The plan of one shared space of a community; its fields are co-edited live and versioned field by field. */
@Entity
@Table(name = "plan")
public class Plan extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlanKind kind;

    private String location;

    @Column(columnDefinition = "mediumtext")
    private String summary;

    @Column(columnDefinition = "mediumtext")
    private String goals;

    @Column(name = "design_proposal", columnDefinition = "mediumtext")
    private String designProposal;

    @Column(name = "budget_cny", precision = 14, scale = 2)
    private BigDecimal budgetCny;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlanPhase phase;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_editor", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "user_id")
    private Set<Long> editorIds = new HashSet<>();

    protected Plan() {
    }

    Plan(long communityId, String title, PlanKind kind, long createdBy, Instant now) {
        this.communityId = communityId;
        this.title = title;
        this.kind = kind;
        this.phase = PlanPhase.PROPOSAL;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.editorIds.add(createdBy);
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getEditorIds() {
        return Set.copyOf(editorIds);
    }

    /** The stored text of a field, as history records it (null when empty). */
    public String get(PlanField field) {
        return switch (field) {
            case TITLE -> title;
            case KIND -> kind.name();
            case LOCATION -> location;
            case SUMMARY -> summary;
            case GOALS -> goals;
            case DESIGN_PROPOSAL -> designProposal;
            case BUDGET -> budgetCny == null ? null : budgetCny.toPlainString();
            case START_DATE -> startDate == null ? null : startDate.toString();
            case TARGET_DATE -> targetDate == null ? null : targetDate.toString();
            case PHASE -> phase.name();
        };
    }

    void set(PlanField field, String value, Instant now) {
        switch (field) {
            case TITLE -> title = value;
            case KIND -> kind = PlanKind.valueOf(value);
            case LOCATION -> location = value;
            case SUMMARY -> summary = value;
            case GOALS -> goals = value;
            case DESIGN_PROPOSAL -> designProposal = value;
            case BUDGET -> budgetCny = value == null ? null : new BigDecimal(value);
            case START_DATE -> startDate = value == null ? null : LocalDate.parse(value);
            case TARGET_DATE -> targetDate = value == null ? null : LocalDate.parse(value);
            case PHASE -> phase = PlanPhase.valueOf(value);
        }
        updatedAt = now;
    }

    void addEditor(long userId) {
        editorIds.add(userId);
    }

    void removeEditor(long userId) {
        editorIds.remove(userId);
    }
}
