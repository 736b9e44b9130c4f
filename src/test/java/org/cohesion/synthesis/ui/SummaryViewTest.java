package org.cohesion.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Set;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.SynthesisFixture;
import org.cohesion.synthesis.SynthesisService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary at /plans/{id}/summary: the builder for planners and moderators, the published page for residents. */
class SummaryViewTest extends KaribuTest {

    SynthesisFixture f;

    @BeforeEach
    void fixture() throws Exception {
        f = SynthesisFixture.create(context, this::login);
    }

    private Contribution contribution(String id) {
        return context.getBean(SynthesisService.class).contributions(f.planId).stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> exportClasses() {
        return _find(Anchor.class).stream().filter(a -> a.hasClassName("synthesis-export"))
                .map(a -> a.getClassNames().stream().filter(c -> c.startsWith("synthesis-export-")).findFirst()
                        .orElseThrow()).toList();
    }

    @Test
    void plannersBuildCiteAndPublishResidentsReadThePublishedVersion() {
        login("wangfang");
        context.getBean(AnnotationService.class).placePin(f.drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA,
                "More benches by the tree");
        UI.getCurrent().navigate("plans/" + f.planId + "/summary");
        SummaryView resident = _get(SummaryView.class);
        assertThat(resident.tabs).isNull();
        assertThat(resident.getElement().getTextRecursively()).contains("No summary has been published");
        assertThat(exportClasses()).isEmpty();

        login("planner");
        UI.getCurrent().navigate("plans/" + f.planId + "/summary");
        SummaryView view = _get(SummaryView.class);
        assertThat(view.tabs).isNotNull();
        assertThat(exportClasses()).containsExactly("synthesis-export-csv", "synthesis-export-md",
                "synthesis-export-pdf");
        OverviewPanel overview = _get(OverviewPanel.class);
        assertThat(overview.total.getText()).isEqualTo("7 contributions from 4 people");
        assertThat(_find(BarChart.class)).hasSizeGreaterThanOrEqualTo(8);
        view.tabs.setSelectedIndex(1);
        assertThat(_get(ThemesPanel.class).themes).extracting(d -> d.getSummaryText())
                .containsExactly("benches (2 contributions)", "tree (2 contributions)");

        view.tabs.setSelectedIndex(2);
        SummaryEditor editor = _get(SummaryEditor.class);
        assertThat(editor.editors).hasSize(1);
        LineEditor first = editor.editors.get(0);
        first.text.setValue("Older neighbours want benches in the shade.");
        first.cited.setValue(Set.of(contribution("annotation:" + f.pin.id())));
        _click(editor.add);
        LineEditor second = editor.editors.get(1);
        assertThat(second.text.getLabel()).isEqualTo("Line 2");
        assertThat(second.cited.getLabel()).isEqualTo("Contributions cited by line 2");
        assertThat(second.remove.getElement().getAttribute("aria-label")).isEqualTo("Remove line 2");
        second.text.setValue("The dark corner worries people.");
        _click(editor.publish);
        assertThat(second.text.isInvalid()).as("the line without a source is marked").isTrue();
        assertThat(editor.status.getText()).startsWith("Line 2 (\"The dark corner worries people.\") cites no");
        assertThat(view.versions.list.getElement().getTextRecursively()).contains("Nothing published yet");

        second.cited.setValue(Set.of(contribution("annotation:" + f.area.id()),
                contribution("comment:" + f.general.id())));
        _click(second.up);
        assertThat(editor.editors.get(0)).isSameAs(second);
        _click(editor.publish);
        assertThat(editor.status.getText()).isEqualTo("Version 1 published.");
        assertThat(view.versions.list.getElement().getTextRecursively()).contains("View version 1");

        login("wangfang");
        UI.getCurrent().navigate("plans/" + f.planId);
        UI.getCurrent().navigate("plans/" + f.planId + "/summary");
        PublishedPage page = _get(PublishedPage.class);
        assertThat(page.meta.getText()).startsWith("Version 1, published").endsWith("by 陈静 Chen Jing");
        assertThat(page.getElement().getTextRecursively()).contains("The dark corner worries people.",
                "Older neighbours want benches in the shade.");
        List<String> links = _find(page, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).containsExactly("plans/" + f.planId + "?annotation=" + f.area.id(), "plans/" + f.planId,
                "plans/" + f.planId + "?annotation=" + f.pin.id());
        assertThat(exportClasses()).containsExactly("synthesis-export-md", "synthesis-export-pdf");
    }

    @Test
    void theWorkspaceLinksToTheSummaryAndOutsidersDoNotSeeIt() {
        login("sarah");
        UI.getCurrent().navigate("plans/" + f.planId);
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("plans/" + f.planId + "/summary");
        login("liming");
        UI.getCurrent().navigate("plans/" + f.planId + "/summary");
        assertThat(_find(SummaryView.class)).isEmpty();
    }
}
