package org.cohesion.plan.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;

/** The bean the workspace's collaboration binder edits: one property per co-edited plan field (not the phase). */
public class PlanForm {

    private String title;
    private PlanKind kind;
    private String location;
    private String summary;
    private String goals;
    private String designProposal;
    private BigDecimal budget;
    private LocalDate startDate;
    private LocalDate targetDate;

    static PlanForm of(PlanDetails details) {
        PlanForm f = new PlanForm();
        Map<PlanField, String> v = new EnumMap<>(details.values());
        f.title = v.get(PlanField.TITLE);
        f.kind = v.get(PlanField.KIND) == null ? null : PlanKind.valueOf(v.get(PlanField.KIND));
        f.location = v.get(PlanField.LOCATION);
        f.summary = v.get(PlanField.SUMMARY);
        f.goals = v.get(PlanField.GOALS);
        f.designProposal = v.get(PlanField.DESIGN_PROPOSAL);
        f.budget = v.get(PlanField.BUDGET) == null ? null : new BigDecimal(v.get(PlanField.BUDGET));
        f.startDate = v.get(PlanField.START_DATE) == null ? null : LocalDate.parse(v.get(PlanField.START_DATE));
        f.targetDate = v.get(PlanField.TARGET_DATE) == null ? null : LocalDate.parse(v.get(PlanField.TARGET_DATE));
        return f;
    }

    /** The stored text form of a field value, as PlanService expects it. */
    static String stored(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PlanKind getKind() {
        return kind;
    }

    public void setKind(PlanKind kind) {
        this.kind = kind;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getDesignProposal() {
        return designProposal;
    }

    public void setDesignProposal(String designProposal) {
        this.designProposal = designProposal;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
