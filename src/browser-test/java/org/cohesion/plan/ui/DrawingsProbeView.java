package org.cohesion.plan.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanService;

/** Embeds the drawings panel of one plan; exists on the browser-test classpath only (until the workspace does). */
@Route("browser-test/drawings/:planId")
@PermitAll
public class DrawingsProbeView extends Main implements BeforeEnterObserver {

    private final PlanService plans;
    private final DrawingService drawings;

    public DrawingsProbeView(PlanService plans, DrawingService drawings) {
        this.plans = plans;
        this.drawings = drawings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = Long.parseLong(event.getRouteParameters().get("planId").orElseThrow());
        removeAll();
        add(new DrawingsPanel(drawings, plans.open(planId)));
    }
}
