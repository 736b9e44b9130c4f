package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.cohesion.base.ui.Formats;
import org.cohesion.plan.PlanDetails;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;

/**
 * The "Live sessions" section of a plan's workspace: a live session stands out with a Join button; scheduled and
 * past ones are listed with their time and join code (ended ones link to their record). Planners of the community
 * schedule new ones.
 */
class PlanSessionsSection extends Section {

    private final SessionService sessions;
    private final PlanDetails plan;
    final Div liveNow = new Div();
    final UnorderedList list = new UnorderedList();
    final Button schedule = new Button();

    PlanSessionsSection(SessionService sessions, PlanDetails plan) {
        this.sessions = sessions;
        this.plan = plan;
        addClassName("plan-sessions");
        H2 heading = new H2(getTranslation("session.workspace.title"));
        heading.setId("sessions-heading-" + plan.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        liveNow.addClassName("live-sessions");
        list.addClassName("session-list");
        schedule.setText(getTranslation("session.workspace.schedule"));
        schedule.addClickListener(e -> new ScheduleSessionDialog(sessions, plan, s -> refresh()).open());
        schedule.setVisible(plan.canManageEditors());
        Div header = new Div(heading, schedule);
        header.addClassName("section-header");
        add(header, liveNow, list);
        refresh();
    }

    void refresh() {
        liveNow.removeAll();
        list.removeAll();
        List<SessionSummary> all = sessions.sessionsOfPlan(plan.id());
        for (SessionSummary s : all) {
            if (s.status() == SessionStatus.LIVE) {
                Div card = new Div();
                card.addClassName("live-session-card");
                Span badge = new Span(getTranslation("session.status.live"));
                badge.addClassName("live-badge");
                Button join = new Button(getTranslation("session.workspace.join"),
                        e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id())));
                join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(badge, new H3(s.title()),
                        new Paragraph(getTranslation("session.workspace.code", s.joinCode())), join);
                liveNow.add(card);
            } else {
                ListItem li = new ListItem();
                li.addClassName("session-entry");
                Span title = new Span(s.title());
                title.addClassName("session-entry-title");
                Span meta = new Span(getTranslation("session.workspace.meta", getTranslation(s.status().labelKey()),
                        Formats.dateTime(s.startsAt(), getLocale())));
                meta.addClassName("session-entry-meta");
                li.add(title, meta);
                if (s.status() == SessionStatus.SCHEDULED) {
                    li.add(new Span(getTranslation("session.workspace.code", s.joinCode())));
                    Button open = new Button(getTranslation("session.workspace.open"),
                            e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id())));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    li.add(open);
                } else {
                    Anchor record = new Anchor("sessions/" + s.id(), getTranslation("session.workspace.record"));
                    record.addClassName("session-entry-record");
                    li.add(record);
                }
                list.add(li);
            }
        }
        liveNow.setVisible(liveNow.getComponentCount() > 0);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("session.workspace.none")));
        }
    }
}
