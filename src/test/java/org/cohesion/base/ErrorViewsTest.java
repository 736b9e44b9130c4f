package org.cohesion.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuTest {

    @Test
    void unknownRouteShowsTranslatedNotFound() {
        login("wangfang");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        openAsTheBrowserWould("no-such-page");
        assertThat(_get(H1.class).getText()).isEqualTo("页面不存在");
    }

    @Test
    void anonymousVisitorOfUnknownRouteAlsoGetsTranslatedNotFound() {
        openAsTheBrowserWould("no/such/page");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void residentOpeningAdminIsDenied() {
        login("wangfang");
        openAsTheBrowserWould("admin");
        assertThat(_get(H1.class).getText()).isIn("Access denied", "Page not found");
    }

    /** Server-side UI.navigate leaves unknown paths to the client router, so navigate as the client does. */
    private static void openAsTheBrowserWould(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.CLIENT_SIDE);
    }
}
