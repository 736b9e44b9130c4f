package org.cohesion.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.notification.NotificationService;
import org.cohesion.notification.ui.NotificationPreferenceField;
import org.cohesion.people.CommunityDetails;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.trace.TraceService;
import org.cohesion.trace.ui.InputTraceSection;

/**
 * The start page: live sessions of my communities (with Join), what happened to my input, my communities (or how
 * to join one) and, for planners and admins, the district overview.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    private final CommunityService communities;
    private final Section mine = new Section();
    final Section liveSessions = new Section();
    final TextField inviteCode = new TextField();
    final Select<StakeholderGroup> group = new Select<>();

    HomeView(CommunityService communities, CurrentUser currentUser, SessionService sessions, TraceService traces,
             NotificationService notifications) {
        this.communities = communities;
        addClassName("home-view");
        mine.addClassName("my-communities");
        renderLiveSessions(sessions.liveSessionsForMe());
        InputTraceSection trace = new InputTraceSection(traces);
        trace.addComponentAtIndex(2, new NotificationPreferenceField(notifications));
        add(liveSessions, trace, mine);
        if (currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN)) {
            add(districtOverview());
        }
        add(joinSection());
        renderMine();
    }

    private void renderLiveSessions(List<SessionSummary> live) {
        liveSessions.addClassName("home-live-sessions");
        liveSessions.setVisible(!live.isEmpty());
        if (live.isEmpty()) {
            return;
        }
        liveSessions.add(new H2(getTranslation("home.live-sessions")));
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (SessionSummary s : live) {
            Div card = new Div();
            card.addClassNames("card", "live-session-card");
            Span badge = new Span(getTranslation("session.status.live"));
            badge.addClassName("live-badge");
            Button join = new Button(getTranslation("home.live-sessions.join"),
                    e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id())));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(badge, new H3(s.title()), new Paragraph(s.planTitle()), join);
            cards.add(card);
        }
        liveSessions.add(cards);
    }

    private void renderMine() {
        mine.removeAll();
        H2 heading = new H2(getTranslation("home.my-communities"));
        mine.add(heading);
        List<MyCommunity> list = communities.myCommunities();
        if (list.isEmpty()) {
            Div empty = new Div();
            empty.addClassName("empty-state");
            empty.add(new Paragraph(getTranslation("home.empty.title")),
                    new Paragraph(getTranslation("home.empty.text")));
            mine.add(empty);
            return;
        }
        Locale locale = getLocale();
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (MyCommunity c : list) {
            Div card = new Div();
            card.addClassName("card");
            card.add(new H3(c.name().in(locale)));
            card.add(new Paragraph(c.street().in(locale) + " · " + c.district().in(locale)));
            card.add(new Paragraph(getTranslation("home.my-group", getTranslation(c.group().labelKey()))));
            card.add(new Paragraph(getTranslation("home.members", Formats.number(c.memberCount(), locale))));
            card.add(new Paragraph(getTranslation("home.joined", Formats.date(c.joinedAt(), locale))));
            cards.add(card);
        }
        mine.add(cards);
    }

    private Section joinSection() {
        Section join = new Section();
        join.addClassName("join-community");
        inviteCode.setLabel(getTranslation("home.join.code"));
        inviteCode.setMaxLength(32);
        group.setLabel(getTranslation("register.group"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        group.setValue(StakeholderGroup.RESIDENT);
        Button joinButton = new Button(getTranslation("home.join.submit"), e -> join());
        joinButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(inviteCode, group, joinButton);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        join.add(new H2(getTranslation("home.join.title")), new Paragraph(getTranslation("home.join.text")), row);
        return join;
    }

    private void join() {
        Map<String, TextField> fields = new LinkedHashMap<>();
        fields.put("inviteCode", inviteCode);
        FieldErrors.clear(fields);
        try {
            MyCommunity joined = communities.joinWithInviteCode(inviteCode.getValue(), group.getValue());
            inviteCode.clear();
            Notifications.success(getTranslation("home.join.done", joined.name().in(getLocale())));
            renderMine();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    private Section districtOverview() {
        Section overview = new Section();
        overview.addClassName("district-overview");
        overview.add(new H2(getTranslation("home.district.title")),
                new Paragraph(getTranslation("home.district.text")));
        Locale locale = getLocale();
        Map<String, List<CommunityDetails>> byStreet = new LinkedHashMap<>();
        for (CommunityDetails c : communities.districtOverview()) {
            byStreet.computeIfAbsent(c.street().in(locale), k -> new java.util.ArrayList<>()).add(c);
        }
        Div streets = new Div();
        streets.addClassName("card-grid");
        byStreet.forEach((street, list) -> {
            Div column = new Div();
            column.addClassName("card");
            column.add(new H3(street.isEmpty() ? getTranslation("home.district.no-street") : street));
            UnorderedList items = new UnorderedList();
            long total = 0;
            for (CommunityDetails c : list) {
                Span count = new Span(getTranslation("home.members", Formats.number(c.memberCount(), locale)));
                count.addClassName("count");
                items.add(new ListItem(new Span(c.name().in(locale)), count));
                total += c.memberCount();
            }
            column.add(items, new Paragraph(getTranslation("home.district.street-total",
                    Formats.number(list.size(), locale), Formats.number(total, locale))));
            streets.add(column);
        });
        overview.add(streets);
        return overview;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
