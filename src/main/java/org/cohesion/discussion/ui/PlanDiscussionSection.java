package org.cohesion.discussion.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;

/** The "General discussion" section of a plan's workspace: a heading and the plan's general thread. */
public class PlanDiscussionSection extends Section {

    private final ThreadPanel thread;

    /** The general discussion of a plan the viewer may see (as opened by {@code PlanService.open}). */
    public PlanDiscussionSection(DiscussionService service, long planId) {
        addClassName("plan-discussion");
        H2 heading = new H2(getTranslation("discussion.general.title"));
        heading.setId("discussion-heading-" + planId);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        thread = new ThreadPanel(service, planId, SubjectType.GENERAL, null);
        add(heading, thread);
    }

    /** The thread panel inside. */
    public ThreadPanel thread() {
        return thread;
    }
}
