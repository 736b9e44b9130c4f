package org.cohesion.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.cohesion.KaribuTest;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.Test;

class WorkspaceDiscussionTest extends KaribuTest {

    @Test
    void theWorkspaceShowsThePlansGeneralDiscussion() {
        login("wangfang");
        long planId = context.getBean(PlanService.class).search(new PlanFilter(null, null, null, "Pocket Park"), 0, 1)
                .get(0).id();
        UI.getCurrent().navigate("plans/" + planId);
        assertThat(_find(PlanDiscussionSection.class)).hasSize(1);
    }
}
