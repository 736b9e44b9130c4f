package org.cohesion.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.discussion.ui.ThreadPanel;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.Test;

class AnnotationThreadTest extends KaribuTest {

    @Test
    void selectingAnAnnotationOpensItsThread() {
        login("wangfang");
        long planId = context.getBean(PlanService.class).search(new PlanFilter(null, null, null, "Pocket Park"), 0, 1)
                .get(0).id();
        UI.getCurrent().navigate("plans/" + planId);
        AnnotationPanel panel = _get(AnnotationPanel.class);
        int before = _find(ThreadPanel.class).size();
        AnnotationInfo first = GridKt._get(panel.grid, 0);
        panel.grid.select(first);
        assertThat(_find(ThreadPanel.class)).hasSize(before + 1);
    }
}
