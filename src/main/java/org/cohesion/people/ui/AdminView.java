package org.cohesion.people.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cohesion.people.CommunityService;
import org.cohesion.people.PeopleAdminService;

/** Administration: communities with their invite codes, and people with their roles and memberships. */
@Route("admin")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin", order = 90, icon = "vaadin:cog")
class AdminView extends Main implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final CommunitiesTab communities;
    final PeopleTab people;

    AdminView(CommunityService communityService, PeopleAdminService peopleService) {
        addClassName("admin-view");
        communities = new CommunitiesTab(communityService);
        people = new PeopleTab(peopleService, communityService, communities::refresh);
        tabs.add(getTranslation("admin.tab.communities"), communities);
        tabs.add(getTranslation("admin.tab.people"), people);
        tabs.setWidthFull();
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
