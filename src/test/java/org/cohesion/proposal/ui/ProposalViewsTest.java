package org.cohesion.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cohesion.KaribuTest;
import org.cohesion.base.ui.ObjectNotFoundView;
import org.cohesion.people.CommunityService;
import org.cohesion.proposal.NewProposal;
import org.cohesion.proposal.ProposalDetails;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.ProposalStatus;
import org.cohesion.proposal.ProposalSummary;
import org.cohesion.proposal.SpaceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposal list, detail and form as residents and planners use them. */
class ProposalViewsTest extends KaribuTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    CommunityService communities;

    @Test
    void theListShowsCardsOfMyCommunitiesWithProgressAndFilters() {
        long id = proposeAs("wangfang", 2, "Card " + UUID.randomUUID());
        login("sarah");
        UI.getCurrent().navigate("proposals");
        ProposalsView view = _get(ProposalsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) proposals.count(view.filter()));
        assertThat(view.count.getText()).endsWith("proposals");
        int row = rowOf(view, id);
        ProposalCard card = (ProposalCard) GridKt._getCellComponent(view.grid, row, "card");
        assertThat(card.title.getHref()).isEqualTo("proposals/" + id);
        assertThat(card.status.getText()).isEqualTo("Open");
        assertThat(card.where.getText()).isEqualTo("Pocket park · Behind building 12");
        assertThat(card.by.getText()).startsWith("by 王芳 Wang Fang · ");
        assertThat(card.progressText.getText()).isEqualTo("0 of 2 supporters");
        assertThat(card.progress.getMax()).isEqualTo(2.0);

        _setValue(view.status, ProposalStatus.DECLINED);
        assertThat(idsIn(view)).doesNotContain(id);
        _setValue(view.status, ProposalStatus.OPEN);
        _setValue(view.kind, SpaceKind.POCKET_PARK);
        assertThat(idsIn(view)).contains(id);
        assertThat(view.rules.isVisible()).isFalse();

        login("liming");
        UI.getCurrent().navigate("proposals");
        assertThat(idsIn(_get(ProposalsView.class))).doesNotContain(id);
        UI.getCurrent().navigate("proposals/" + id);
        _get(ObjectNotFoundView.class);
        assertThat(_find(ProposalView.class)).isEmpty();
    }

    @Test
    void theSupportButtonSaysTheStateAndHtmlIsShownAsText() {
        long id = proposeAs("wangfang", 2, "<img src=x onerror=alert(1)> Benches");
        ProposalView own = open(id);
        assertThat(own.support.getText()).isEqualTo("Your own proposal");
        assertThat(own.support.isEnabled()).isFalse();

        login("sarah");
        ProposalView view = open(id);
        assertThat(view.heading.getText()).startsWith("<img src=x onerror=alert(1)> Benches");
        assertThat(view.heading.getElement().getChildCount()).isOne();
        assertThat(view.heading.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(view.description.getText()).isEqualTo("<b>More</b> benches, please.");
        assertThat(view.support.getText()).isEqualTo("Support this proposal");
        assertThat(view.actions.isVisible()).isFalse();
        _click(view.support);
        assertThat(view.support.getText()).isEqualTo("You support this · Withdraw my support");
        assertThat(view.progressText.getText()).isEqualTo("1 of 2 supporters");
        _click(view.support);
        assertThat(view.support.getText()).isEqualTo("Support this proposal");
        _click(view.support);

        login("moderator");
        view = open(id);
        _click(view.support);
        assertThat(view.status.getText()).isEqualTo("Ready");
        assertThat(view.timing.getText()).startsWith("Ready since ");
    }

    @Test
    void theFormSuggestsSimilarProposalsAndPublishes() {
        String word = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long existing = proposeAs("sarah", 5, "Swings " + word + " playground");
        login("wangfang");
        UI.getCurrent().navigate("proposals");
        _click(_get(ProposalsView.class).create);
        NewProposalDialog dialog = _get(NewProposalDialog.class);
        assertThat(dialog.similar.isVisible()).isFalse();
        _setValue(dialog.title, "More " + word + " swings");
        assertThat(dialog.similar.isVisible()).isTrue();
        List<String> links = _find(dialog.similarList, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("proposals/" + existing);

        _click(dialog.create);
        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.description.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(dialog.isOpened()).isTrue();

        dialog.photo.received("notes.png", "Not a photo at all".getBytes());
        assertThat(dialog.photo.isInvalid()).isTrue();
        assertThat(dialog.photo.getErrorMessage()).isEqualTo("This file is not a JPEG, PNG or WebP image.");
        dialog.photo.received("site.png", org.cohesion.plan.TestImages.png(20, 20));
        assertThat(dialog.photo.isInvalid()).isFalse();
        assertThat(dialog.photo.attached.getText()).isEqualTo("Photo attached: site.png");

        _setValue(dialog.description, "Two more swings for the younger children.");
        _setValue(dialog.kind, SpaceKind.POCKET_PARK);
        _setValue(dialog.location, "Playground behind building 3");
        _click(dialog.create);
        ProposalView view = _get(ProposalView.class);
        assertThat(view.heading.getText()).isEqualTo("More " + word + " swings");
        assertThat(view.photo.isVisible()).isTrue();
        assertThat(view.photo.getSrc()).startsWith("proposal-photos/" + view.details.id() + "/");
    }

    @Test
    void plannersDeclineWithAReasonMergeAndTurnIntoAPlan() {
        long declined = proposeAs("wangfang", 1, "Decline me");
        long duplicate = proposeAs("wangfang", 1, "Duplicate " + UUID.randomUUID());
        long surviving = proposeAs("sarah", 1, "Surviving " + UUID.randomUUID());

        login("planner");
        ProposalView view = open(declined);
        assertThat(view.actions.isVisible()).isTrue();
        assertThat(view.convert.isEnabled()).isFalse();
        _click(view.decline);
        DeclineDialog decline = _get(DeclineDialog.class);
        _click(decline.confirm);
        assertThat(decline.reason.isInvalid()).isTrue();
        _setValue(decline.reason, "The courtyard is private land.");
        _click(decline.confirm);
        assertThat(view.status.getText()).isEqualTo("Declined");
        assertThat(view.outcome.getElement().getTextRecursively()).contains("The courtyard is private land.");
        assertThat(view.actions.isVisible()).isFalse();
        assertThat(view.support.getText()).isEqualTo("No longer open for support");

        view = open(duplicate);
        _click(view.merge);
        MergeDialog merge = _get(MergeDialog.class);
        ComboBoxKt.setUserInput(merge.target, "Surviving");
        assertThat(ComboBoxKt.getSuggestionItems(merge.target)).extracting(l -> l.id()).contains(surviving);
        _setValue(merge.target, ComboBoxKt.getSuggestionItems(merge.target).stream()
                .filter(l -> l.id() == surviving).findFirst().orElseThrow());
        _click(merge.confirm);
        assertThat(view.status.getText()).isEqualTo("Merged");
        assertThat(_find(view.outcome, Anchor.class)).extracting(Anchor::getHref).contains("proposals/" + surviving);

        view = open(surviving);
        assertThat(view.status.getText()).isEqualTo("Ready");
        assertThat(_find(view.outcome, Anchor.class)).extracting(Anchor::getHref).contains("proposals/" + duplicate);
        _click(view.convert);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.status.getText()).isEqualTo("Became a plan");
        ProposalDetails d = view.details;
        assertThat(_find(view.outcome, Anchor.class)).extracting(Anchor::getHref)
                .contains("plans/" + d.plan().id());
    }

    @Test
    void theDemoProposalThatBecameAPlanIsLinkedFromThePlanWorkspace() {
        login("wangfang");
        UI.getCurrent().navigate("proposals");
        ProposalsView list = _get(ProposalsView.class);
        _setValue(list.status, ProposalStatus.BECAME_PLAN);
        ProposalSummary reading = java.util.stream.IntStream.range(0, GridKt._size(list.grid))
                .mapToObj(i -> GridKt._get(list.grid, i))
                .filter(s -> s.title().startsWith("社区中心读书角")).findFirst().orElseThrow();
        _setValue(list.status, ProposalStatus.DECLINED);
        assertThat(idsIn(list)).isNotEmpty();
        _setValue(list.status, ProposalStatus.READY);
        assertThat(idsIn(list)).isNotEmpty();

        ProposalView view = open(reading.id());
        Anchor plan = _find(view.outcome, Anchor.class).stream().filter(a -> a.getHref().startsWith("plans/"))
                .findFirst().orElseThrow();
        assertThat(plan.getText()).isEqualTo(reading.title());
        UI.getCurrent().navigate(plan.getHref());
        com.vaadin.flow.component.html.Div section = _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.hasClassName("plan-from-proposal")).findFirst().orElseThrow();
        assertThat(section.isVisible()).isTrue();
        assertThat(_find(section, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("proposals/" + reading.id());
    }

    @Test
    void chineseReadersSeeTranslatedLabels() {
        long id = proposeAs("wangfang", 3, "口袋公园长椅");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        login("sarah");
        ProposalView view = open(id);
        assertThat(view.support.getText()).isEqualTo("支持这个提案");
        assertThat(view.status.getText()).isEqualTo("征集支持中");
        assertThat(view.progressText.getText()).isEqualTo("0 / 3 人支持");
        assertThat(view.where.getText()).startsWith("口袋公园 · ");
    }

    private ProposalView open(long id) {
        UI.getCurrent().navigate("proposals/" + id);
        return _get(ProposalView.class);
    }

    private long proposeAs(String username, int threshold, String title) {
        login("planner");
        long changhong = communities.myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en())).findFirst().orElseThrow()
                .communityId();
        proposals.updateRules(changhong, threshold, 60);
        login(username);
        return proposals.create(new NewProposal(changhong, title, "<b>More</b> benches, please.",
                SpaceKind.POCKET_PARK, "Behind building 12"));
    }

    private static int rowOf(ProposalsView view, long id) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("Proposal " + id + " is not listed");
    }

    private static List<Long> idsIn(ProposalsView view) {
        int size = GridKt._size(view.grid);
        return java.util.stream.IntStream.range(0, size).mapToObj(i -> GridKt._get(view.grid, i))
                .map(ProposalSummary::id).toList();
    }
}
