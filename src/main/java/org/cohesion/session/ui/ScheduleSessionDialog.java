package org.cohesion.session.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;

/**
 * Planners schedule a session of a plan: title, start (in the district's time zone), whether guests may comment,
 * and agenda items, each optionally about one of the plan's texts.
 */
class ScheduleSessionDialog extends Dialog {

    private final SessionService sessions;
    private final PlanDetails plan;
    private final Consumer<SessionSummary> onScheduled;
    final TextField title = new TextField();
    final DateTimePicker startsAt = new DateTimePicker();
    final Checkbox guestsMayComment = new Checkbox();
    final Div items = new Div();
    final Button addItem = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    final List<ItemRow> rows = new ArrayList<>();

    /** One agenda item being edited. */
    final class ItemRow extends Div {
        final TextField itemTitle = new TextField();
        final Select<PlanField> about = new Select<>();
        final Button remove = new Button();

        ItemRow() {
            addClassName("agenda-draft");
            itemTitle.setLabel(getTranslation("session.schedule.item", rows.size() + 1));
            itemTitle.setMaxLength(SessionService.MAX_TITLE);
            about.setLabel(getTranslation("session.schedule.about"));
            about.setItems(Arrays.stream(PlanField.values()).filter(PlanField::isLongText).toList());
            about.setItemLabelGenerator(f -> f == null ? getTranslation("session.schedule.about-nothing")
                    : getTranslation(f.labelKey()));
            about.setEmptySelectionAllowed(true);
            about.setEmptySelectionCaption(getTranslation("session.schedule.about-nothing"));
            remove.setText(getTranslation("session.schedule.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeRow(this));
            add(itemTitle, about, remove);
        }
    }

    ScheduleSessionDialog(SessionService sessions, PlanDetails plan, Consumer<SessionSummary> onScheduled) {
        this.sessions = sessions;
        this.plan = plan;
        this.onScheduled = onScheduled;
        addClassName("schedule-session-dialog");
        setHeaderTitle(getTranslation("session.schedule.title"));
        title.setLabel(getTranslation("session.schedule.session-title"));
        title.setMaxLength(SessionService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        startsAt.setLabel(getTranslation("session.schedule.starts-at"));
        startsAt.setHelperText(getTranslation("session.schedule.starts-at.help"));
        startsAt.setRequiredIndicatorVisible(true);
        startsAt.setLocale(getLocale());
        startsAt.setValue(LocalDateTime.now(Formats.ZONE).plusHours(1).truncatedTo(ChronoUnit.HOURS));
        guestsMayComment.setLabel(getTranslation("session.schedule.guests-comment"));
        items.addClassName("agenda-drafts");
        addItem.setText(getTranslation("session.schedule.add-item"));
        addItem.addClickListener(e -> addRow());
        addRow();
        add(title, startsAt, guestsMayComment, new H3(getTranslation("session.agenda.title")), items, addItem);
        save.setText(getTranslation("session.schedule.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("session.schedule.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    ItemRow addRow() {
        ItemRow row = new ItemRow();
        rows.add(row);
        items.add(row);
        addItem.setEnabled(rows.size() < SessionService.MAX_ITEMS);
        return row;
    }

    private void removeRow(ItemRow row) {
        rows.remove(row);
        items.remove(row);
        addItem.setEnabled(rows.size() < SessionService.MAX_ITEMS);
    }

    void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("startsAt", startsAt);
        List<AgendaItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            fields.put("agenda." + i, row.itemTitle);
            drafts.add(new AgendaItemDraft(row.itemTitle.getValue(), row.about.getValue(), null));
        }
        FieldErrors.clear(fields);
        try {
            SessionSummary s = sessions.schedule(plan.id(), title.getValue(),
                    startsAt.getValue() == null ? null : startsAt.getValue().atZone(Formats.ZONE).toInstant(),
                    drafts, guestsMayComment.getValue());
            close();
            Notifications.success(getTranslation("session.schedule.done", s.title(), s.joinCode()));
            onScheduled.accept(s);
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }
}
