package org.cohesion.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.cohesion.KaribuTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void residentSeesHerCommunityAndNoDistrictOverview() {
        login("wangfang");
        UI.getCurrent().navigate("");
        assertThat(headings3()).contains("Changhong Residential District");
        assertThat(headings2()).contains("My communities").doesNotContain("District overview");
    }

    @Test
    void plannerSeesEveryStreetSideBySide() {
        login("planner");
        UI.getCurrent().navigate("");
        assertThat(headings2()).contains("District overview");
        assertThat(headings3()).contains("Hongqiao Street", "Jiangsu Road Street", "Xinhua Street",
                "Zhoujiaqiao Street", "Tianshan Road Street");
    }

    @Test
    void adminWithoutCommunitiesGetsAFriendlyEmptyStateAndMayJoinByCode() {
        login("admin");
        UI.getCurrent().navigate("");
        HomeView view = _get(HomeView.class);
        assertThat(view.getElement().getOuterHTML()).contains("not a member of any community yet");

        view.inviteCode.setValue("no-such-code");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(view.inviteCode.isInvalid()).isTrue();
        assertThat(view.inviteCode.getErrorMessage()).contains("No community has this invite code");
    }

    @Test
    void joiningWithAnInviteCodeAddsTheCommunity() {
        login("liming");
        UI.getCurrent().navigate("");
        HomeView view = _get(HomeView.class);
        view.inviteCode.setValue(" tianshan ");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(headings3()).contains("Tianshan Road Residential District", "Huashan Garden");
        NotificationsKt.expectNotifications("Welcome to Tianshan Road Residential District!");

        view.inviteCode.setValue("TIANSHAN");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(view.inviteCode.getErrorMessage()).contains("already a member");
    }

    private static List<String> headings2() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    private static List<String> headings3() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }
}
