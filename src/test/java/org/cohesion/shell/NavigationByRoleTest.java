package org.cohesion.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.cohesion.KaribuTest;
import org.junit.jupiter.api.Test;

class NavigationByRoleTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void residentSeesHomeButNotAdministration() {
        login("wangfang");
        UI.getCurrent().navigate("");
        assertThat(navLabels()).contains("Home").doesNotContain("Administration");
    }

    @Test
    void adminSeesAdministration() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(navLabels()).contains("Home", "Administration");
    }

    private static List<String> navLabels() {
        return _find(_get(SideNav.class), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
