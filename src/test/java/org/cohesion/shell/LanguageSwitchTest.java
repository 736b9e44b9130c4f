package org.cohesion.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.cohesion.base.i18n.Locales;
import org.cohesion.people.internal.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    UserRepository users;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void restoreSarahsLanguage() {
        login("sarah");
        context.getBean(org.cohesion.people.AccountService.class).changeMyLanguage(Locales.ENGLISH);
    }

    @Test
    void switchingToChinesePersistsAndRerendersInChinese() {
        login("sarah");
        UI.getCurrent().navigate("");
        assertThat(navLabels()).contains("Home");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "简体中文");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locales.CHINESE);
        Locale saved = tx.execute(s -> users.findByUsername("sarah").orElseThrow().getPreferredLocale());
        assertThat(saved).isEqualTo(Locales.CHINESE);

        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        UI.getCurrent().navigate("register");
        UI.getCurrent().navigate("");
        assertThat(navLabels()).contains("首页").doesNotContain("Home");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("我的社区"))).isNotNull();
    }

    @Test
    void datesAndNumbersFollowTheLocale() {
        login("planner");
        UI.getCurrent().setLocale(Locales.CHINESE);
        UI.getCurrent().navigate("");
        String text = _get(com.vaadin.flow.component.html.Main.class).getElement().getOuterHTML();
        assertThat(text).contains("位成员").contains("年");
    }

    private static java.util.List<String> navLabels() {
        return _find(_get(SideNav.class), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
