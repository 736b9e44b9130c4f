package org.cohesion.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.cohesion.KaribuTest;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewTest extends KaribuTest {

    @Autowired
    UserRepository users;

    @Autowired
    MembershipRepository memberships;

    private RegistrationView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate("register");
        view = _get(RegistrationView.class);
    }

    @Test
    void inviteCodeFromTheLinkIsFilledIn() {
        UI.getCurrent().navigate("register", QueryParameters.of("code", "HUASHAN"));
        assertThat(_get(RegistrationView.class).inviteCode.getValue()).isEqualTo("HUASHAN");
    }

    @Test
    void takenUsernameIsShownNextToTheFieldAndNothingIsCreated() {
        long before = users.count();
        fill("WangFang", "Another Wang", "a quiet lane in spring", "CHANGHONG");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("already taken");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void shortAndCommonPasswordsAreRefused() {
        fill("new.neighbour1", "New Neighbour", "short", "CHANGHONG");
        assertThat(view.password.getErrorMessage()).contains("at least 8");
        fill("new.neighbour1", "New Neighbour", "password123", "CHANGHONG");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("most commonly used");
        assertThat(users.findByUsername("new.neighbour1")).isEmpty();
    }

    @Test
    void wrongInviteCodeIsRefused() {
        fill("new.neighbour2", "New Neighbour", "a quiet lane in spring", "NOSUCHCODE");
        assertThat(view.inviteCode.isInvalid()).isTrue();
        assertThat(view.inviteCode.getErrorMessage()).contains("No community has this invite code");
        assertThat(users.findByUsername("new.neighbour2")).isEmpty();
    }

    @Test
    void overLongDisplayNameIsRefused() {
        fill("new.neighbour3", "名".repeat(101), "a quiet lane in spring", "CHANGHONG");
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).contains("at most 100");
        assertThat(users.findByUsername("new.neighbour3")).isEmpty();
    }

    @Test
    void errorsAreTranslatedForChineseReaders() {
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("register", QueryParameters.of("code", "x"));
        view = _get(RegistrationView.class);
        fill("wangfang", "王芳", "password123", "WRONG");
        assertThat(view.username.getErrorMessage()).isEqualTo("该用户名已被使用，请换一个。");
        assertThat(view.inviteCode.getErrorMessage()).contains("邀请码");
    }

    @Test
    void validRegistrationCreatesAResidentMemberAndGoesToSignIn() {
        fill("Zhao.Lei", "赵磊 Zhao Lei", "plane trees on yuyuan road", "yuyuan");
        var user = users.findByUsername("zhao.lei").orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("赵磊 Zhao Lei");
        assertThat(memberships.findByUserWithCommunity(user.getId()))
                .singleElement()
                .satisfies(m -> assertThat(m.getStakeholderGroup()).isEqualTo(StakeholderGroup.WORK_UNIT));
        assertThat(currentPath()).isEqualTo("login");
    }

    private void fill(String username, String displayName, String password, String code) {
        view.username.setValue(username);
        view.displayName.setValue(displayName);
        view.password.setValue(password);
        view.inviteCode.setValue(code);
        view.group.setValue(username.startsWith("Zhao") ? StakeholderGroup.WORK_UNIT : StakeholderGroup.RESIDENT);
        _click(view.submit);
    }
}
