package org.cohesion.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.cohesion.KaribuTest;
import org.cohesion.base.ui.AccessDeniedView;
import org.cohesion.people.CommunityDetails;
import org.cohesion.people.CommunityForm;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MembershipDetails;
import org.cohesion.people.PeopleAdminService;
import org.cohesion.people.PersonDetails;
import org.cohesion.people.PersonForm;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminViewTest extends KaribuTest {

    @Autowired
    private PeopleAdminService people;

    @Autowired
    private CommunityService communities;

    @Test
    void adminSeesCommunitiesAndPeople() {
        AdminView view = openAdmin();
        Grid<CommunityDetails> communityGrid = _get(CommunitiesTab.class).grid;
        assertThat(GridKt._size(communityGrid)).isGreaterThanOrEqualTo(5);
        assertThat(GridKt._findAll(communityGrid)).extracting(c -> c.name().en())
                .contains("Changhong Residential District", "Huashan Garden");

        view.communities.search.setValue("Changhong");
        assertThat(GridKt._size(communityGrid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(communityGrid, 0, "name")).isEqualTo("Changhong Residential District");
        assertThat(GridKt._getFormatted(communityGrid, 0, "street")).isEqualTo("Hongqiao Street");
        assertThat(GridKt._getFormatted(communityGrid, 0, "inviteCode")).isEqualTo("CHANGHONG");
        assertThat(Integer.parseInt(GridKt._getFormatted(communityGrid, 0, "members"))).isGreaterThanOrEqualTo(4);

        Grid<PersonDetails> peopleGrid = showPeople(view).grid;
        assertThat(GridKt._size(peopleGrid)).isGreaterThanOrEqualTo(6);
        view.people.search.setValue("wangfang");
        assertThat(GridKt._size(peopleGrid)).isEqualTo(1);
        assertThat(GridKt._get(peopleGrid, 0).username()).isEqualTo("wangfang");
        assertThat(GridKt._getFormatted(peopleGrid, 0, "roles")).isEqualTo("Resident");
        assertThat(GridKt._getFormatted(peopleGrid, 0, "enabled")).isEqualTo("Yes");
        assertThat(GridKt._getFormatted(peopleGrid, 0, "created")).isNotBlank();
    }

    @Test
    void createdCommunityAppearsInTheGrid() {
        AdminView view = openAdmin();
        String name = unique("Test Garden ");
        _click(view.communities.create);
        CommunityDialog dialog = _get(CommunityDialog.class);
        dialog.nameEn.setValue(name);
        dialog.nameZh.setValue("测试花园");
        dialog.streetEn.setValue("Test Street");
        dialog.districtEn.setValue("Changning District");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Community " + name + " created.");
        view.communities.search.setValue(name);
        Grid<CommunityDetails> grid = view.communities.grid;
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).inviteCode()).hasSize(8);
        assertThat(GridKt._getFormatted(grid, 0, "members")).isEqualTo("0");
    }

    @Test
    void overLongNameIsRejectedNextToTheField() {
        AdminView view = openAdmin();
        String name = unique("x").repeat(20).substring(0, 101);
        _click(view.communities.create);
        CommunityDialog dialog = _get(CommunityDialog.class);
        dialog.nameEn.setValue(name);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        HasValidationUtilsKt._expectInvalid(dialog.nameEn, "Please use at most 100 characters.");
        assertThat(dialog.nameEn.getValue()).isEqualTo(name);
        assertThat(communities.count(name.substring(0, 40))).isZero();
    }

    @Test
    void editingACommunityShowsItsRegisterLinkAndReplacesTheInviteCode() {
        AdminView view = openAdmin();
        CommunityDetails created = communities.create(new CommunityForm(
                unique("Invite Court "), "", "", "", "", ""));
        view.communities.search.setValue(created.name().en());
        Grid<CommunityDetails> grid = view.communities.grid;
        grid.select(GridKt._get(grid, 0));
        CommunityDialog dialog = _get(CommunityDialog.class);
        assertThat(dialog.nameEn.getValue()).isEqualTo(created.name().en());
        assertThat(dialog.invite.code.getText()).isEqualTo(created.inviteCode());
        assertThat(dialog.invite.link.getHref()).isEqualTo("register?code=" + created.inviteCode());
        assertThat(dialog.invite.link.getText()).endsWith("/register?code=" + created.inviteCode());

        _click(dialog.invite.newCode);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        String newCode = dialog.invite.code.getText();
        assertThat(newCode).hasSize(8).isNotEqualTo(created.inviteCode());
        assertThat(GridKt._get(grid, 0).inviteCode()).isEqualTo(newCode);
        dialog.streetEn.setValue("Renamed Street");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._getFormatted(grid, 0, "street")).isEqualTo("Renamed Street");
    }

    @Test
    void staleEditKeepsTheDialogOpenWithTheTypedInput() {
        AdminView view = openAdmin();
        CommunityDetails created = communities.create(new CommunityForm(unique("Stale Yard "), "", "", "", "", ""));
        view.communities.search.setValue(created.name().en());
        view.communities.grid.select(GridKt._get(view.communities.grid, 0));
        CommunityDialog dialog = _get(CommunityDialog.class);
        communities.update(created.id(), created.version(),
                new CommunityForm(created.name().en(), "", "Changed Elsewhere", "", "", ""));

        dialog.streetEn.setValue("Typed Here");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.streetEn.getValue()).isEqualTo("Typed Here");
        assertThat(notificationTexts()).contains(
                "Someone else changed this in the meantime. Please reload and apply your change again.");
        assertThat(GridKt._getFormatted(view.communities.grid, 0, "street")).isEqualTo("Changed Elsewhere");
    }

    @Test
    void commonPasswordIsRejectedAndNothingIsCreated() {
        AdminView view = openAdmin();
        PeopleTab tab = showPeople(view);
        String username = unique("common");
        _click(tab.create);
        PersonDialog dialog = _get(PersonDialog.class);
        dialog.username.setValue(username);
        dialog.displayName.setValue("Common Password");
        dialog.password.setValue("password123");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        HasValidationUtilsKt._expectInvalid(dialog.password,
                "This password is among the most commonly used ones. Please choose a less guessable one.");
        HasValidationUtilsKt._expectValid(dialog.username);
        assertThat(people.count(username)).isZero();
    }

    @Test
    void createdPersonAppearsInTheGrid() {
        AdminView view = openAdmin();
        PeopleTab tab = showPeople(view);
        String username = unique("newbie");
        _click(tab.create);
        PersonDialog dialog = _get(PersonDialog.class);
        dialog.username.setValue(username);
        dialog.displayName.setValue("New Planner");
        dialog.password.setValue("violet-harbour-lantern");
        dialog.roles.setValue(Set.of(Role.PLANNER, Role.MODERATOR));
        dialog.enabled.setValue(false);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        tab.search.setValue(username);
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(tab.grid, 0, "roles")).isEqualTo("Planner, Moderator");
        assertThat(GridKt._getFormatted(tab.grid, 0, "enabled")).isEqualTo("No");
    }

    @Test
    void adminCannotRemoveTheirOwnAdminRole() {
        AdminView view = openAdmin();
        PeopleTab tab = showPeople(view);
        tab.search.setValue("admin");
        PersonDetails me = GridKt._findAll(tab.grid).stream().filter(p -> p.username().equals("admin"))
                .findFirst().orElseThrow();
        tab.grid.select(me);
        PersonDialog dialog = _get(PersonDialog.class);
        assertThat(dialog.username.isReadOnly()).isTrue();
        dialog.roles.setValue(Set.of(Role.PLANNER));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        HasValidationUtilsKt._expectInvalid(dialog.roles, "You cannot remove the admin role from your own account.");
        assertThat(people.get(me.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void addingAMembershipAndChangingItsStakeholderGroup() {
        login("admin");
        String username = unique("member");
        PersonDetails person = people.create(new PersonForm(username, "Member Test", "quiet-orchard-bicycle",
                Set.of(Role.RESIDENT), true));
        CommunityDetails huashan = communities.all().stream()
                .filter(c -> "Huashan Garden".equals(c.name().en())).findFirst().orElseThrow();
        UI.getCurrent().navigate("admin");
        AdminView view = _get(AdminView.class);
        PeopleTab tab = showPeople(view);
        tab.search.setValue(username);
        tab.grid.select(GridKt._get(tab.grid, 0));
        MembershipEditor editor = _get(PersonDialog.class).memberships;
        assertThat(editor.empty.isVisible()).isTrue();

        _click(editor.add);
        HasValidationUtilsKt._expectInvalid(editor.community, "Please fill in this field.");

        editor.community.setValue(huashan);
        editor.group.setValue(StakeholderGroup.WORK_UNIT);
        _click(editor.add);
        List<MembershipDetails> memberships = people.get(person.id()).memberships();
        assertThat(memberships).singleElement().satisfies(m -> {
            assertThat(m.communityId()).isEqualTo(huashan.id());
            assertThat(m.group()).isEqualTo(StakeholderGroup.WORK_UNIT);
        });
        assertThat(editor.empty.isVisible()).isFalse();
        assertThat(editor.community.getListDataView().getItems()).extracting(CommunityDetails::id)
                .doesNotContain(huashan.id());

        @SuppressWarnings("unchecked")
        Select<StakeholderGroup> rowGroup = _get(editor.list, Select.class);
        assertThat(rowGroup.getValue()).isEqualTo(StakeholderGroup.WORK_UNIT);
        _setValue(rowGroup, StakeholderGroup.COMMUNITY_WORKER, true);
        assertThat(people.get(person.id()).memberships()).singleElement()
                .extracting(MembershipDetails::group).isEqualTo(StakeholderGroup.COMMUNITY_WORKER);

        _click(_get(editor.list, Button.class));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(people.get(person.id()).memberships()).isEmpty();
        assertThat(editor.empty.isVisible()).isTrue();
    }

    @Test
    void residentIsDeniedTheAdminView() {
        login("wangfang");
        UI.getCurrent().navigate("admin");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        _assertNone(AdminView.class);
        _assertNone(Grid.class);
    }

    private AdminView openAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin");
        return _get(AdminView.class);
    }

    private static PeopleTab showPeople(AdminView view) {
        view.tabs.setSelectedIndex(1);
        MockVaadin.clientRoundtrip();
        return _get(PeopleTab.class);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
