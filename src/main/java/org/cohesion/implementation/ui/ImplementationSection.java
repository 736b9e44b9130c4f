package org.cohesion.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneView;
import org.cohesion.implementation.PhotoInfo;
import org.cohesion.implementation.StatusUpdateView;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.ui.PlanEvents;

/**
 * The works of a plan as residents follow them: milestones with dates, progress and photos, and status updates,
 * newest first (loaded lazily). Planners keep them while the plan is in IMPLEMENTATION.
 */
class ImplementationSection extends Section {

    /** Key in the plan's events map that changes whenever milestones, photos or updates change. */
    static final String EVENT = "implementation";

    private final ImplementationService implementation;
    private final long planId;
    private final boolean canKeep;
    private final PlanEvents events;
    final Div milestones = new Div();
    final Button addMilestone = new Button();
    final TextArea update = new TextArea();
    final Button post = new Button();
    final Div composer = new Div();
    final VirtualList<StatusUpdateView> updates = new VirtualList<>();
    final Paragraph noUpdates = new Paragraph();
    private final DataProvider<StatusUpdateView, Void> updatesProvider;

    ImplementationSection(ImplementationService implementation, PlanDetails plan, PlanEvents events) {
        this.implementation = implementation;
        this.planId = plan.id();
        this.events = events;
        PlanPhase phase = PlanPhase.valueOf(plan.value(PlanField.PHASE));
        this.canKeep = plan.canManageEditors() && phase == PlanPhase.IMPLEMENTATION;
        addClassName("implementation-section");
        H2 heading = new H2(getTranslation("implementation.title"));
        heading.setId("implementation-heading-" + planId);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        milestones.addClassName("milestones");
        addMilestone.setText(getTranslation("implementation.milestone.add"));
        addMilestone.setVisible(canKeep);
        addMilestone.addClickListener(e -> new MilestoneDialog(implementation, planId, null, this::changed).open());

        update.setLabel(getTranslation("implementation.update.label"));
        update.setMaxLength(ImplementationService.MAX_UPDATE);
        update.setWidthFull();
        post.setText(getTranslation("implementation.update.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        composer.add(update, post);
        composer.addClassName("update-composer");
        composer.setVisible(canKeep);
        updatesProvider = DataProvider.fromCallbacks(
                q -> implementation.updates(planId, q.getOffset(), q.getLimit()).stream(),
                q -> implementation.countUpdates(planId));
        updates.setDataProvider(updatesProvider);
        updates.setRenderer(new ComponentRenderer<>(this::updateItem));
        updates.addClassName("status-updates");
        updates.getElement().setAttribute("aria-label", getTranslation("implementation.updates"));
        noUpdates.setText(getTranslation("implementation.updates.none"));
        add(heading, milestones, addMilestone, new H3(getTranslation("implementation.updates")), composer, noUpdates,
                updates);
        events.subscribe(EVENT, this::refresh);
        refresh();
        boolean hasContent = !milestones.getChildren().findAny().isEmpty() || implementation.countUpdates(planId) > 0;
        setVisible(phase == PlanPhase.IMPLEMENTATION || (phase.isAfter(PlanPhase.IMPLEMENTATION) && hasContent));
    }

    void refresh() {
        milestones.removeAll();
        List<MilestoneView> list = implementation.milestones(planId);
        if (list.isEmpty()) {
            milestones.add(new Paragraph(getTranslation("implementation.milestones.none")));
        }
        list.forEach(m -> milestones.add(card(m)));
        int count = implementation.countUpdates(planId);
        noUpdates.setVisible(count == 0);
        updates.setVisible(count > 0);
        updatesProvider.refreshAll();
    }

    private Div card(MilestoneView m) {
        H3 title = new H3(m.title());
        Span status = new Span(getTranslation(m.status().labelKey()));
        status.addClassNames("milestone-status", m.status().name().toLowerCase());
        Span dates = new Span(getTranslation("implementation.milestone.target", date(m.targetDate(),
                getLocale())) + (m.actualDate() == null ? "" : " · " + getTranslation(
                "implementation.milestone.actual", date(m.actualDate(), getLocale()))));
        dates.addClassName("milestone-dates");
        ProgressBar bar = new ProgressBar(0, 100, m.progress());
        String progressText = getTranslation("implementation.milestone.progress", m.progress());
        bar.getElement().setAttribute("aria-label", progressText);
        Span percent = new Span(progressText);
        Div head = new Div(title, status);
        head.addClassName("milestone-head");
        Div card = new Div(head, dates, bar, percent);
        card.addClassName("milestone");
        if (!m.photos().isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("milestone-photos");
            int n = 1;
            for (PhotoInfo p : m.photos()) {
                String alt = p.caption() != null ? p.caption()
                        : getTranslation("implementation.photo.alt", m.title(), n);
                Image img = new Image(p.url(), alt);
                img.addClassName("milestone-photo");
                gallery.add(img);
                n++;
            }
            card.add(gallery);
        }
        if (canKeep) {
            Button edit = new Button(getTranslation("implementation.milestone.edit"),
                    e -> new MilestoneDialog(implementation, planId, m, this::changed).open());
            edit.getElement().setAttribute("aria-label", getTranslation("implementation.milestone.edit-label",
                    m.title()));
            Button delete = new Button(getTranslation("implementation.milestone.delete"), e -> {
                implementation.deleteMilestone(m.id());
                changed();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", getTranslation("implementation.milestone.delete-label",
                    m.title()));
            TextField caption = new TextField(getTranslation("implementation.photo.caption"));
            caption.setMaxLength(ImplementationService.MAX_CAPTION);
            Upload upload = new Upload(new PhotoUploadHandler((bytes) -> {
                try {
                    implementation.addPhoto(m.id(), bytes, caption.getValue());
                    changed();
                } catch (ValidationException ex) {
                    Notifications.error(FieldErrors.translate(this, ex.fieldErrors().values().iterator().next()));
                }
            }));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(ImplementationService.MAX_BYTES);
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
            upload.getElement().setAttribute("aria-label", getTranslation("implementation.photo.upload",
                    m.title()));
            Div actions = new Div(edit, delete, caption, upload);
            actions.addClassName("milestone-actions");
            card.add(actions);
        }
        return card;
    }

    private static String date(java.time.LocalDate date, java.util.Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale).format(date);
    }

    private Div updateItem(StatusUpdateView u) {
        Span meta = new Span(getTranslation("implementation.update.meta", u.authorName(),
                Formats.dateTime(u.postedAt(), getLocale())));
        meta.addClassName("status-update-meta");
        Paragraph body = new Paragraph(u.body());
        body.addClassName("status-update-body");
        Div item = new Div(meta, body);
        item.addClassName("status-update");
        return item;
    }

    private void post() {
        try {
            implementation.postUpdate(planId, update.getValue());
            update.clear();
            update.setInvalid(false);
            changed();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, java.util.Map.of("body", update));
        }
    }

    private void changed() {
        events.publish(EVENT);
        refresh();
    }
}
