package org.cohesion.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanDetails;
import org.springframework.security.access.AccessDeniedException;

/**
 * The site drawings of a plan in its workspace: a choice of drawing, the drawing scaled to fit the width with a
 * zoom control, and, for co-editors, upload (PNG or JPEG with a progress bar) and delete. Readers see the
 * drawings read-only. The drawing sits in {@link #stage()}, which later features overlay (pins are placed in
 * percent of the stage, so they follow the zoom).
 */
public class DrawingsPanel extends Section {

    /** Zoom levels in percent of the available width; 100 is "fit width". */
    static final List<Integer> ZOOM_LEVELS = List.of(50, 75, 100, 150, 200, 300, 400);
    static final int FIT = 100;
    private static final String[] ACCEPTED = {"image/png", "image/jpeg", ".png", ".jpg", ".jpeg"};

    private final DrawingService service;
    private final long planId;
    private final boolean canEdit;
    private final List<SerializableConsumer<Optional<DrawingInfo>>> selectionListeners = new ArrayList<>();
    private final List<SerializableRunnable> changeListeners = new ArrayList<>();
    private List<DrawingInfo> drawings;
    private DrawingInfo selected;
    private int zoom = FIT;

    final Select<DrawingInfo> drawingSelect = new Select<>();
    final Button zoomOut = new Button(VaadinIcon.MINUS.create());
    final Select<Integer> zoomSelect = new Select<>();
    final Button zoomIn = new Button(VaadinIcon.PLUS.create());
    final Button fit = new Button();
    final Button delete = new Button(VaadinIcon.TRASH.create());
    final Span caption = new Span();
    final Paragraph empty = new Paragraph();
    final Div viewport = new Div();
    private final Div stage = new Div();
    final Image image = new Image();
    final TextField title = new TextField();
    final Upload upload;
    final Div uploadError = new Div();

    /**
     * A panel for the drawings of the given plan, as opened by {@code PlanService.open}; upload and delete are
     * offered only when {@code plan.canEdit()} (the service refuses them for anyone else anyway).
     */
    public DrawingsPanel(DrawingService service, PlanDetails plan) {
        this.service = service;
        this.planId = plan.id();
        this.canEdit = plan.canEdit();
        this.drawings = List.copyOf(plan.drawings());
        addClassName("drawings-panel");

        H2 heading = new H2(getTranslation("plan.drawing.title"));
        heading.setId("drawings-heading-" + planId);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        drawingSelect.setLabel(getTranslation("plan.drawing.choose"));
        drawingSelect.setItemLabelGenerator(DrawingInfo::title);
        drawingSelect.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(selected)) {
                select(e.getValue());
            }
        });

        zoomSelect.setLabel(getTranslation("plan.drawing.zoom"));
        zoomSelect.setItems(ZOOM_LEVELS);
        zoomSelect.setItemLabelGenerator(this::zoomLabel);
        zoomSelect.setValue(FIT);
        zoomSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                setZoom(e.getValue());
            }
        });
        iconButton(zoomOut, "plan.drawing.zoom-out");
        zoomOut.addClickListener(e -> step(-1));
        iconButton(zoomIn, "plan.drawing.zoom-in");
        zoomIn.addClickListener(e -> step(1));
        fit.setText(getTranslation("plan.drawing.zoom.fit"));
        fit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fit.addClickListener(e -> setZoom(FIT));
        iconButton(delete, "plan.drawing.delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(canEdit);

        Div toolbar = new Div(drawingSelect, zoomOut, zoomSelect, zoomIn, fit, delete);
        toolbar.addClassName("drawing-toolbar");
        caption.addClassName("drawing-caption");
        empty.addClassName("empty-state");
        empty.setText(getTranslation(canEdit ? "plan.drawing.empty.editor" : "plan.drawing.empty"));

        image.addClassName("drawing-image");
        stage.addClassName("drawing-stage");
        stage.add(image);
        viewport.addClassName("drawing-viewport");
        viewport.getElement().setAttribute("tabindex", "0");
        viewport.getElement().setAttribute("role", "region");
        viewport.add(stage);

        setZoom(FIT);
        add(heading, toolbar, caption, viewport, empty);
        if (canEdit) {
            upload = new Upload(new LimitedUploadHandler(this));
            add(uploadSection());
        } else {
            upload = null;
        }
        render(drawings.isEmpty() ? null : drawings.get(0));
    }

    /** The drawing shown now, if any. */
    public Optional<DrawingInfo> selectedDrawing() {
        return Optional.ofNullable(selected);
    }

    /** Shows the plan's drawing with this id, if it has one; true when it is shown now. */
    public boolean showDrawing(long drawingId) {
        drawingSelect.getListDataView().getItems().filter(d -> d.id() == drawingId).findFirst()
                .ifPresent(drawingSelect::setValue);
        return selected != null && selected.id() == drawingId;
    }

    /** The element that holds the drawing's image at the current zoom (position: relative). */
    public Div stage() {
        return stage;
    }

    /** The current zoom in percent of the available width (100 = fit width). */
    public int zoom() {
        return zoom;
    }

    /** Calls the listener whenever another drawing (or none) is shown. */
    public Registration addSelectionListener(SerializableConsumer<Optional<DrawingInfo>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    /** Calls the listener after this panel uploaded or deleted a drawing (e.g. to tell other viewers). */
    public Registration addChangeListener(SerializableRunnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Reloads the plan's drawings (e.g. after someone else changed them), keeping the shown one if it still exists. */
    public void refresh() {
        drawings = service.drawings(planId);
        DrawingInfo keep = selected == null ? null
                : drawings.stream().filter(d -> d.id() == selected.id()).findFirst().orElse(null);
        render(keep != null ? keep : drawings.isEmpty() ? null : drawings.get(0));
    }

    private Div uploadSection() {
        title.setLabel(getTranslation("plan.drawing.upload.name"));
        title.setHelperText(getTranslation("plan.drawing.upload.name.help"));
        title.setMaxLength(DrawingService.MAX_TITLE);
        title.setClearButtonVisible(true);

        upload.setMaxFiles(1);
        upload.setMaxFileSize(DrawingService.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setDropAllowed(true);
        upload.setI18n(uploadI18n());
        upload.getElement().setAttribute("aria-describedby", "drawing-upload-help-" + planId);
        upload.addFileRejectedListener(this::rejected);

        Paragraph help = new Paragraph(getTranslation("plan.drawing.upload.help", DrawingService.MAX_BYTES
                / (1024 * 1024), DrawingService.MAX_SIDE));
        help.setId("drawing-upload-help-" + planId);
        help.addClassName("drawing-upload-help");
        uploadError.addClassName("drawing-upload-error");
        uploadError.getElement().setAttribute("role", "alert");

        Div section = new Div(new H3(getTranslation("plan.drawing.upload.title")), help, title, upload,
                uploadError);
        section.addClassName("drawing-upload");
        return section;
    }

    /** Stores a received file (runs with the session locked); errors are shown next to the upload. */
    void received(String fileName, byte[] bytes) {
        upload.clearFileList();
        uploadError.setText("");
        title.setInvalid(false);
        String name = title.getValue().isBlank() ? defaultTitle(fileName) : title.getValue();
        try {
            DrawingInfo stored = service.upload(planId, name, bytes);
            title.clear();
            drawings = service.drawings(planId);
            render(drawings.stream().filter(d -> d.id() == stored.id()).findFirst().orElse(stored));
            Notifications.success(getTranslation("plan.drawing.uploaded", stored.title()));
            changeListeners.forEach(SerializableRunnable::run);
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        } catch (AccessDeniedException e) {
            uploadError.setText(getTranslation("error.access-denied.text"));
        } catch (ObjectNotFoundException e) {
            uploadError.setText(getTranslation("error.not-found.text"));
        }
    }

    private void showErrors(Map<String, Message> errors) {
        errors.forEach((field, message) -> {
            String text = getTranslation(message.key(), message.args());
            if (field.equals("title")) {
                title.setErrorMessage(text);
                title.setInvalid(true);
            } else {
                uploadError.setText(text);
            }
        });
        if (!uploadError.getText().isEmpty()) {
            Notifications.error(uploadError.getText());
        }
    }

    private void rejected(FileRejectedEvent e) {
        uploadError.setText(getTranslation("plan.drawing.rejected", e.getFileName(), e.getErrorMessage()));
    }

    /** The file name without its extension, cut to the longest title allowed. */
    static String defaultTitle(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.strip();
        if (name.codePointCount(0, name.length()) > DrawingService.MAX_TITLE) {
            name = name.substring(0, name.offsetByCodePoints(0, DrawingService.MAX_TITLE));
        }
        return name;
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        DrawingInfo target = selected;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plan.drawing.delete.confirm-title"));
        dialog.setText(getTranslation("plan.drawing.delete.confirm-text", target.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plan.drawing.cancel"));
        dialog.setConfirmText(getTranslation("plan.drawing.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(target));
        dialog.open();
    }

    void delete(DrawingInfo target) {
        service.delete(target.id());
        drawings = service.drawings(planId);
        render(drawings.isEmpty() ? null : drawings.get(0));
        Notifications.success(getTranslation("plan.drawing.deleted", target.title()));
        changeListeners.forEach(SerializableRunnable::run);
    }

    private void render(DrawingInfo show) {
        drawingSelect.setItems(drawings);
        drawingSelect.setVisible(drawings.size() > 1);
        boolean any = show != null;
        viewport.setVisible(any);
        caption.setVisible(any);
        empty.setVisible(!any);
        for (var control : List.of(zoomOut, zoomIn, fit)) {
            control.setVisible(any);
        }
        zoomSelect.setVisible(any);
        delete.setVisible(any && canEdit);
        select(show);
    }

    private void select(DrawingInfo show) {
        boolean changed = show == null ? selected != null : !show.equals(selected);
        selected = show;
        if (show != null) {
            Locale locale = getLocale();
            // relative URL, resolved against the application's base, so a context path keeps working
            image.setSrc(show.url().substring(1));
            image.setAlt(getTranslation("plan.drawing.alt", show.title()));
            image.getElement().setAttribute("width", String.valueOf(show.width()));
            image.getElement().setAttribute("height", String.valueOf(show.height()));
            caption.setText(getTranslation("plan.drawing.details", show.title(), show.width(), show.height(),
                    sizeText(show.sizeBytes()), Formats.dateTime(show.uploadedAt(), locale)));
            viewport.getElement().setAttribute("aria-label", getTranslation("plan.drawing.viewport", show.title()));
            if (!show.equals(drawingSelect.getValue())) {
                drawingSelect.setValue(show);
            }
        } else {
            image.setSrc("");
            image.setAlt("");
            drawingSelect.clear();
        }
        setZoom(changed ? FIT : zoom);
        if (changed) {
            Optional<DrawingInfo> now = Optional.ofNullable(show);
            selectionListeners.forEach(l -> l.accept(now));
        }
    }

    void setZoom(int percent) {
        zoom = percent;
        stage.getStyle().set("width", percent + "%");
        // "fit" never enlarges a drawing beyond its own pixels; other levels are relative to that fitted size
        if (selected != null) {
            stage.getStyle().set("max-width", (long) selected.width() * percent / 100 + "px");
        } else {
            stage.getStyle().remove("max-width");
        }
        if (!Integer.valueOf(percent).equals(zoomSelect.getValue())) {
            zoomSelect.setValue(percent);
        }
        int index = ZOOM_LEVELS.indexOf(percent);
        zoomOut.setEnabled(index > 0);
        zoomIn.setEnabled(index < ZOOM_LEVELS.size() - 1);
        fit.setEnabled(percent != FIT);
    }

    private void step(int direction) {
        int index = ZOOM_LEVELS.indexOf(zoom) + direction;
        if (index >= 0 && index < ZOOM_LEVELS.size()) {
            setZoom(ZOOM_LEVELS.get(index));
        }
    }

    private String zoomLabel(Integer percent) {
        return percent == FIT ? getTranslation("plan.drawing.zoom.fit-level", percent)
                : getTranslation("plan.drawing.zoom.level", percent);
    }

    private String sizeText(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("plan.drawing.size.mb", bytes / (1024.0 * 1024.0))
                : getTranslation("plan.drawing.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }

    private void iconButton(Button button, String key) {
        String text = getTranslation(key);
        button.setAriaLabel(text);
        button.setTooltipText(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("plan.drawing.upload.drop"))
                .setMany(getTranslation("plan.drawing.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("plan.drawing.upload.add"))
                .setMany(getTranslation("plan.drawing.upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("plan.drawing.upload.too-many"))
                .setFileIsTooBig(getTranslation("plan.drawing.too-large", DrawingService.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("plan.drawing.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("plan.drawing.upload.connecting"))
                        .setStalled(getTranslation("plan.drawing.upload.stalled"))
                        .setProcessing(getTranslation("plan.drawing.upload.processing"))
                        .setHeld(getTranslation("plan.drawing.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("plan.drawing.upload.remaining"))
                        .setUnknown(getTranslation("plan.drawing.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("plan.drawing.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("plan.drawing.upload.server-error"))
                        .setForbidden(getTranslation("plan.drawing.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("plan.drawing.upload.retry"))
                .setStart(getTranslation("plan.drawing.upload.start"))
                .setRemove(getTranslation("plan.drawing.upload.remove")));
        i18n.setUnits(Arrays.asList(getTranslation("plan.drawing.upload.units").split(",")));
        return i18n;
    }

    /**
     * Reads an uploaded file into memory, at most one byte more than allowed (so a forged, oversized upload
     * is refused by the service without being read whole), then stores it with the session locked.
     */
    private static final class LimitedUploadHandler implements UploadHandler {

        private final DrawingsPanel panel;

        LimitedUploadHandler(DrawingsPanel panel) {
            this.panel = panel;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(DrawingService.MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> panel.received(fileName, bytes));
        }

        @Override
        public long getFileSizeMax() {
            return DrawingService.MAX_BYTES + 1024L * 1024L;
        }

        @Override
        public long getRequestSizeMax() {
            return DrawingService.MAX_BYTES + 2L * 1024L * 1024L;
        }
    }
}
