package org.cohesion.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cohesion.KaribuTest;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The drawings panel as co-editors and readers see it: upload with clear errors, zoom, choice, delete. */
class DrawingsPanelTest extends KaribuTest {

    @Autowired
    DrawingService drawings;

    @Autowired
    PlanService plans;

    @Autowired
    CommunityService communities;

    long planId;

    @BeforeEach
    void planInChanghong() {
        login("planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
    }

    @Test
    void coEditorUploadsADrawingAndSeesItScaledToFit() {
        DrawingsPanel panel = open();
        assertThat(panel.empty.isVisible()).isTrue();
        assertThat(panel.viewport.isVisible()).isFalse();
        assertThat(panel.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(panel.upload.getAcceptedFileTypes())
                .containsExactly("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        assertThat(panel.upload.getI18n().getAddFiles().getOne()).isEqualTo("Upload drawing…");
        List<Optional<DrawingInfo>> selections = new ArrayList<>();
        panel.addSelectionListener(selections::add);
        int[] changes = {0};
        panel.addChangeListener(() -> changes[0]++);

        UploadKt._upload(panel.upload, "Courtyard survey 2024.png", "image/png", TestImages.png(160, 100));

        DrawingInfo stored = drawings.drawings(planId).get(0);
        assertThat(stored.title()).isEqualTo("Courtyard survey 2024");
        assertThat(panel.selectedDrawing()).contains(stored);
        assertThat(selections).containsExactly(Optional.of(stored));
        assertThat(changes[0]).isEqualTo(1);
        assertThat(panel.image.getSrc()).isEqualTo(stored.url().substring(1));
        assertThat(panel.image.getAlt()).contains("Site drawing: Courtyard survey 2024");
        assertThat(panel.viewport.isVisible()).isTrue();
        assertThat(panel.empty.isVisible()).isFalse();
        assertThat(panel.caption.getText()).contains("160 × 100 px");
        assertThat(panel.drawingSelect.isVisible()).as("no choice with a single drawing").isFalse();
        assertThat(panel.stage().getStyle().get("width")).isEqualTo("100%");
        assertThat(panel.stage().getStyle().get("max-width")).as("fit never enlarges").isEqualTo("160px");
        NotificationsKt.expectNotifications("Drawing “Courtyard survey 2024” added.");
    }

    @Test
    void theTitleFieldWinsOverTheFileName() {
        DrawingsPanel panel = open();
        panel.title.setValue("Ground floor");
        UploadKt._upload(panel.upload, "scan-0001.jpg", "image/jpeg", TestImages.jpeg(120, 90));
        assertThat(drawings.drawings(planId)).extracting(DrawingInfo::title).containsExactly("Ground floor");
        assertThat(panel.title.getValue()).isEmpty();
    }

    @Test
    void aTextFileNamedPngIsRefusedWithAClearMessage() {
        DrawingsPanel panel = open();
        UploadKt._upload(panel.upload, "notes.png", "image/png", TestImages.text());

        assertThat(panel.uploadError.getText()).contains("not a PNG or JPEG image");
        assertThat(drawings.drawings(planId)).isEmpty();
        assertThat(panel.empty.isVisible()).isTrue();
        NotificationsKt.expectNotifications(panel.uploadError.getText());

        UploadKt._upload(panel.upload, "wide.png", "image/png", TestImages.png(8001, 10));
        assertThat(panel.uploadError.getText()).contains("more than 8,000 pixels");

        UploadKt._upload(panel.upload, "big.png", "image/png", TestImages.pngSignatureThenZeros(11 * 1024 * 1024));
        assertThat(panel.uploadError.getText()).contains("larger than 10 MB");
        assertThat(drawings.drawings(planId)).isEmpty();
    }

    @Test
    void aTooLongTitleIsShownOnTheTitleField() {
        DrawingsPanel panel = open();
        panel.title.setValue("x".repeat(201));
        UploadKt._upload(panel.upload, "plan.png", "image/png", TestImages.png(20, 20));
        assertThat(panel.title.isInvalid()).isTrue();
        assertThat(panel.title.getErrorMessage()).contains("at most 200 characters");
        assertThat(drawings.drawings(planId)).isEmpty();
    }

    @Test
    void zoomStepsThroughTheLevelsAndBackToFit() {
        drawings.upload(planId, "Site plan", TestImages.png(200, 100));
        DrawingsPanel panel = open();
        assertThat(panel.zoomOut.getElement().getAttribute("aria-label")).isEqualTo("Zoom out");
        assertThat(panel.zoomIn.getElement().getAttribute("aria-label")).isEqualTo("Zoom in");
        assertThat(panel.zoomSelect.getLabel()).isEqualTo("Zoom");
        assertThat(panel.fit.isEnabled()).isFalse();

        _click(panel.zoomIn);
        _click(panel.zoomIn);
        assertThat(panel.zoom()).isEqualTo(200);
        assertThat(panel.stage().getStyle().get("width")).isEqualTo("200%");
        assertThat(panel.stage().getStyle().get("max-width")).isEqualTo("400px");
        assertThat(panel.zoomSelect.getValue()).isEqualTo(200);

        panel.zoomSelect.setValue(400);
        assertThat(panel.zoomIn.isEnabled()).isFalse();
        _click(panel.fit);
        assertThat(panel.stage().getStyle().get("width")).isEqualTo("100%");

        _click(panel.zoomOut);
        _click(panel.zoomOut);
        assertThat(panel.zoom()).isEqualTo(50);
        assertThat(panel.zoomOut.isEnabled()).isFalse();
    }

    @Test
    void severalDrawingsAreChosenFromASelect() {
        DrawingInfo first = drawings.upload(planId, "Existing", TestImages.png(30, 20));
        DrawingInfo second = drawings.upload(planId, "Proposed", TestImages.png(31, 20));
        DrawingsPanel panel = open();

        assertThat(panel.drawingSelect.isVisible()).isTrue();
        assertThat(panel.drawingSelect.getLabel()).isEqualTo("Drawing");
        assertThat(panel.selectedDrawing()).contains(first);

        panel.drawingSelect.setValue(second);
        assertThat(panel.image.getSrc()).isEqualTo(second.url().substring(1));
        assertThat(panel.selectedDrawing()).contains(second);
    }

    @Test
    void coEditorDeletesAfterConfirming() {
        DrawingInfo first = drawings.upload(planId, "Old survey", TestImages.png(30, 20));
        DrawingInfo second = drawings.upload(planId, "New survey", TestImages.png(31, 20));
        DrawingsPanel panel = open();
        assertThat(panel.delete.isVisible()).isTrue();

        _click(panel.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(drawings.drawings(planId)).containsExactly(second);
        assertThat(panel.selectedDrawing()).contains(second);
        assertThat(panel.drawingSelect.isVisible()).isFalse();
        NotificationsKt.expectNotifications("Drawing “" + first.title() + "” deleted.");
    }

    @Test
    void residentWhoIsNotACoEditorSeesTheDrawingReadOnly() {
        DrawingInfo drawing = drawings.upload(planId, "Site plan", TestImages.png(30, 20));
        login("wangfang");
        DrawingsPanel panel = open();

        assertThat(_find(Upload.class)).isEmpty();
        assertThat(panel.upload).isNull();
        assertThat(panel.delete.isVisible()).isFalse();
        assertThat(panel.selectedDrawing()).contains(drawing);
        assertThat(panel.image.getSrc()).isEqualTo(drawing.url().substring(1));
    }

    @Test
    void refreshPicksUpDrawingsAddedElsewhere() {
        DrawingsPanel panel = open();
        DrawingInfo added = drawings.upload(planId, "From a colleague", TestImages.png(30, 20));
        panel.refresh();
        assertThat(panel.selectedDrawing()).contains(added);
    }

    @Test
    void theDefaultTitleIsTheFileNameWithoutItsExtension() {
        assertThat(DrawingsPanel.defaultTitle("C:\\scans\\site plan.final.JPEG")).isEqualTo("site plan.final");
        assertThat(DrawingsPanel.defaultTitle(".png")).isEqualTo(".png");
        assertThat(DrawingsPanel.defaultTitle(null)).isEmpty();
        assertThat(DrawingsPanel.defaultTitle("a".repeat(300) + ".png")).hasSize(200);
    }

    private DrawingsPanel open() {
        DrawingsPanel panel = new DrawingsPanel(drawings, plans.open(planId));
        UI.getCurrent().add(panel);
        return panel;
    }
}
