package org.cohesion.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.cohesion.base.i18n.Locales;
import org.cohesion.base.ui.LanguageSelect;
import org.cohesion.base.ui.Notifications;
import org.cohesion.notification.NotificationService;
import org.cohesion.notification.ui.NotificationBell;
import org.cohesion.people.AccountService;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.CurrentUser;

/**
 * The frame around every signed-in view: a side navigation listing only the views the person's roles allow
 * (their {@code @Menu} titles are message keys), the current view's title, the notification bell, and the user
 * menu with language switch and sign-out. On a phone the navigation is a drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final AccountService accounts;

    MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
               NotificationService notifications) {
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        CohesionUser user = currentUser.require();
        addToNavbar(toggle, viewTitle, spacer, new NotificationBell(notifications, user.id()),
                userMenu(user, authentication));

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        addToDrawer(brand, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(CohesionUser user, AuthenticationContext authentication) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.getElement().setAttribute("aria-label", getTranslation("user-menu.label"));
        Avatar avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(Initials.of(user.displayName()));
        avatar.addClassName("user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Div root = new Div(avatar, name);
        root.addClassName("user-menu-root");
        MenuItem item = bar.addItem(root);
        item.setAriaLabel(getTranslation("user-menu.open", user.displayName()));
        SubMenu sub = item.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("language.label"));
        Locale current = Locales.closest(getLocale());
        for (Locale locale : Locales.SUPPORTED) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation(Locales.labelKey(locale)),
                    e -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.equals(current));
        }
        MenuItem presence = sub.addItem(getTranslation("user-menu.reduced-presence"));
        presence.setCheckable(true);
        presence.setChecked(accounts.myReducedPresence());
        presence.addClickListener(e -> {
            accounts.changeMyReducedPresence(presence.isChecked());
            Notifications.success(getTranslation(presence.isChecked() ? "user-menu.reduced-presence.on"
                    : "user-menu.reduced-presence.off"));
        });
        sub.addSeparator();
        sub.addItem(getTranslation("user-menu.sign-out"), e -> authentication.logout());
        return bar;
    }

    private void switchLanguage(Locale locale) {
        accounts.changeMyLanguage(locale);
        LanguageSelect.apply(locale);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle t ? t.getPageTitle() : getTranslation("app.name"));
    }
}
