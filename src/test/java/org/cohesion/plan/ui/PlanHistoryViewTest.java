package org.cohesion.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.cohesion.KaribuTest;
import org.cohesion.collab.CollaborationUsers;
import org.cohesion.collab.PlanTopics;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.RevisionSummary;
import org.cohesion.security.CohesionUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanHistoryViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private CommunityService communities;

    @Test
    void plannerSeesTheRevisionsAndWhatChanged() {
        long planId = planWithThreeRevisions();
        PlanHistoryView view = open(planId);

        assertThat(view.back.getHref()).isEqualTo("plans/" + planId);
        assertThat(view.title.getText()).startsWith("History of History view ");
        var grid = view.grid;
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "number")).isEqualTo("3");
        assertThat(GridKt._getFormatted(grid, 0, "author")).isEqualTo("陈静 Chen Jing");
        assertThat(GridKt._getFormatted(grid, 0, "time")).isNotBlank();
        assertThat(GridKt._getFormatted(grid, 0, "fields")).isEqualTo("Summary");
        assertThat(GridKt._getFormatted(grid, 1, "author")).isEqualTo("Sarah Miller");
        assertThat(GridKt._getFormatted(grid, 1, "fields")).isEqualTo("Summary, Budget");
        assertThat(GridKt._getFormatted(grid, 2, "fields")).isEqualTo("Title, Kind of space, Summary, Phase");

        // the newest revision is selected and compared with the one before
        assertThat(view.revisionTitle.getText()).isEqualTo("Revision 3");
        assertThat(view.compareFrom.getValue()).isEqualTo(2);
        assertThat(view.compareTo.getValue()).isEqualTo(3);
        assertThat(view.compareHeading.getText()).isEqualTo("Changes from revision 2 to revision 3");
        assertThat(texts(view, "diff-del")).anySatisfy(t -> assertThat(t).isEqualTo("Deleted: small (end of deletion)"));
        assertThat(texts(view, "diff-ins")).anySatisfy(t -> assertThat(t).contains("large"));
        assertThat(view.restore.isVisible()).isTrue();

        grid.select(GridKt._get(grid, 1));
        assertThat(view.compareHeading.getText()).isEqualTo("Changes from revision 1 to revision 2");
        assertThat(field(view, PlanField.BUDGET)).isEqualTo("BudgetBefore: (empty)→After: CN¥12,500.00");

        _setValue(view.compareFrom, 0);
        assertThat(field(view, PlanField.KIND)).isEqualTo("Kind of spaceBefore: (empty)→After: Pocket park");
    }

    @Test
    void chineseReadersSeeTranslatedLabelsAndValues() {
        long planId = planWithThreeRevisions();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        PlanHistoryView view = open(planId);

        assertThat(GridKt._getFormatted(view.grid, 2, "fields")).isEqualTo("标题、空间类型、摘要、阶段");
        view.grid.select(GridKt._get(view.grid, 1));
        assertThat(field(view, PlanField.BUDGET)).isEqualTo("预算修改前： （空）→修改后： ¥12,500.00");
        _setValue(view.compareFrom, 0);
        assertThat(field(view, PlanField.KIND)).endsWith("口袋公园");
        assertThat(field(view, PlanField.PHASE)).endsWith("提案");
    }

    @Test
    void plannerRestoresARevisionAndEveryoneIsTold() {
        long planId = planWithThreeRevisions();
        PlanHistoryView view = open(planId);
        view.grid.select(GridKt._get(view.grid, 1));

        _click(view.restore);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Restore revision 2?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(notificationTexts()).contains("Revision 2 restored as revision 4.");
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        RevisionSummary newest = GridKt._get(view.grid, 0);
        assertThat(newest.number()).isEqualTo(4);
        assertThat(newest.restoredFrom()).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "fields")).isEqualTo("Restored revision 2, Summary");
        assertThat(view.revisionTitle.getText()).isEqualTo("Revision 4");
        var details = plans.open(planId);
        assertThat(details.value(PlanField.SUMMARY)).isEqualTo("A small park with trees and benches.");
        assertThat(details.generation()).isEqualTo(1);
        assertThat(announcedGeneration(view, planId)).isEqualTo(1);

        // restoring what the plan already holds asks nothing and records nothing
        view.grid.select(GridKt._get(view.grid, 0));
        _click(view.restore);
        assertThat(_find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened)).isEmpty();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("there is nothing to restore"));
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
    }

    @Test
    void residentSeesTheHistoryButNoRestoreButton() {
        long planId = planWithThreeRevisions();
        login("wangfang");
        PlanHistoryView view = open(planId);

        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.revisionTitle.getText()).isEqualTo("Revision 3");
        assertThat(view.restore.isVisible()).isFalse();
        view.grid.select(GridKt._get(view.grid, 2));
        assertThat(view.restore.isVisible()).isFalse();
    }

    @Test
    void memberOfAnotherCommunityGetsNotFound() {
        long planId = planWithThreeRevisions();
        login("liming");
        UI.getCurrent().navigate("plans/" + planId + "/history");

        assertThat(_find(PlanHistoryView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void openingAnotherPlansHistoryShowsThatPlan() {
        long first = planWithThreeRevisions();
        long second = planWithThreeRevisions();
        open(first);
        PlanHistoryView view = open(second);

        assertThat(view.back.getHref()).isEqualTo("plans/" + second);
        assertThat(view.title.getText()).isEqualTo("History of " + plans.open(second).value(PlanField.TITLE));
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.revisionTitle.getText()).isEqualTo("Revision 3");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("History · History view ");
    }

    /** Revision 1 by the planner (creation and a summary), 2 by Sarah, 3 by the planner again. */
    private long planWithThreeRevisions() {
        long sarah = login("sarah").id();
        login("planner");
        long changhong = communities.myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en()))
                .findFirst().orElseThrow().communityId();
        long planId = plans.create(changhong, "History view " + Long.toString(System.nanoTime(), 36),
                PlanKind.POCKET_PARK);
        plans.saveField(planId, PlanField.SUMMARY, "A small park with trees.");
        plans.addEditor(planId, sarah);
        login("sarah");
        plans.saveField(planId, PlanField.SUMMARY, "A small park with trees and benches.");
        plans.saveField(planId, PlanField.BUDGET, "12500");
        login("planner");
        plans.saveField(planId, PlanField.SUMMARY, "A large park with trees and benches.");
        return planId;
    }

    private static PlanHistoryView open(long planId) {
        UI.getCurrent().navigate("plans/" + planId + "/history");
        return _get(PlanHistoryView.class);
    }

    private static List<String> texts(PlanHistoryView view, String className) {
        return _find(view.diff, Span.class, spec -> spec.withClasses(className)).stream()
                .map(s -> s.getElement().getTextRecursively()).toList();
    }

    private static String field(PlanHistoryView view, PlanField field) {
        return _find(view.diff, Section.class).stream()
                .filter(s -> field.name().equals(s.getElement().getAttribute("data-field")))
                .findFirst().orElseThrow().getElement().getTextRecursively();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    /** What a workspace listening on the plan's topic would read as the current generation. */
    private Integer announcedGeneration(PlanHistoryView view, long planId) {
        AtomicReference<Integer> generation = new AtomicReference<>();
        CohesionUser me = login("planner");
        MockVaadin.clientRoundtrip();
        CollaborationEngine.getInstance().openTopicConnection(view, PlanTopics.plan(planId),
                CollaborationUsers.of(me), connection -> {
                    connection.getNamedMap(PlanTopics.EVENTS_MAP).subscribe(e -> {
                        if (PlanTopics.GENERATION.equals(e.getKey())) {
                            generation.set(e.getValue(Integer.class));
                        }
                    });
                    return null;
                });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (generation.get() == null && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            Thread.onSpinWait();
        }
        return generation.get();
    }
}
