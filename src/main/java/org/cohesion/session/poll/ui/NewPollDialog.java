package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The host's "New poll": question, kind (single, multiple, dot-voting), the options (add and remove, 2 to 20),
 * the dots each participant spreads (dot-voting only), whether guests may vote, and — only while the plan is in
 * its decision phase — whether the poll decides the plan. Saves a draft, or creates and opens at once. Refusals
 * show at their field.
 */
class NewPollDialog extends Dialog {

    static final int FIRST_OPTIONS = 3;

    private final PollsPanel panel;
    final TextField question = new TextField();
    final RadioButtonGroup<PollKind> kind = new RadioButtonGroup<>();
    final Div optionRows = new Div();
    final List<TextField> options = new ArrayList<>();
    final Button addOption = new Button();
    final Paragraph optionsError = new Paragraph();
    final IntegerField dots = new IntegerField();
    final Checkbox openToGuests = new Checkbox();
    final Checkbox decides = new Checkbox();
    final Button create = new Button();
    final Button createAndOpen = new Button();
    final Button cancel = new Button();

    NewPollDialog(PollsPanel panel) {
        this.panel = panel;
        addClassName("new-poll-dialog");
        setHeaderTitle(getTranslation("poll.dialog.title"));
        question.setLabel(getTranslation("poll.dialog.question"));
        question.setMaxLength(PollService.MAX_QUESTION);
        question.setRequired(true);
        question.setWidthFull();
        kind.setLabel(getTranslation("poll.dialog.kind"));
        kind.setItems(PollKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PollKind.SINGLE);
        kind.addValueChangeListener(e -> dots.setVisible(e.getValue() == PollKind.DOTS));
        optionRows.addClassName("new-poll-options");
        optionRows.getElement().setAttribute("role", "group");
        optionRows.getElement().setAttribute("aria-label", getTranslation("poll.dialog.options"));
        for (int i = 0; i < FIRST_OPTIONS; i++) {
            addOption();
        }
        addOption.setText(getTranslation("poll.dialog.add-option"));
        addOption.setIcon(VaadinIcon.PLUS.create());
        addOption.addClickListener(e -> addOption().focus());
        optionsError.addClassName("poll-error");
        optionsError.getElement().setAttribute("role", "alert");
        optionsError.setVisible(false);
        dots.setLabel(getTranslation("poll.dialog.dots"));
        dots.setMin(PollService.MIN_DOTS);
        dots.setMax(PollService.MAX_DOTS);
        dots.setStepButtonsVisible(true);
        dots.setValue(5);
        dots.setVisible(false);
        openToGuests.setLabel(getTranslation("poll.dialog.open-to-guests"));
        openToGuests.setValue(true);
        decides.addClassName("new-poll-decides");
        decides.setLabel(getTranslation("poll.dialog.decides"));
        decides.setHelperText(getTranslation("poll.dialog.decides.helper"));
        decides.setVisible(panel.decisionPhase());
        create.setText(getTranslation("poll.dialog.create"));
        create.addClickListener(e -> save(false));
        createAndOpen.setText(getTranslation("poll.dialog.create-and-open"));
        createAndOpen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createAndOpen.addClickListener(e -> save(true));
        cancel.setText(getTranslation("poll.cancel"));
        cancel.addClickListener(e -> close());
        add(question, kind, optionRows, addOption, optionsError, dots, openToGuests, decides);
        getFooter().add(cancel, create, createAndOpen);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                question.focus();
            }
        });
    }

    /** Adds an empty option field (with its remove button) at the end; returns it. */
    TextField addOption() {
        TextField field = new TextField();
        field.setMaxLength(PollService.MAX_OPTION);
        field.addClassName("new-poll-option");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addClassName("new-poll-remove");
        Div row = new Div(field, remove);
        row.addClassName("new-poll-option-row");
        remove.addClickListener(e -> {
            options.remove(field);
            optionRows.remove(row);
            relabel();
        });
        options.add(field);
        optionRows.add(row);
        relabel();
        return field;
    }

    private void relabel() {
        for (int i = 0; i < options.size(); i++) {
            TextField field = options.get(i);
            field.setLabel(getTranslation("poll.dialog.option", i + 1));
            field.getParent().flatMap(row -> row.getChildren().filter(c -> c instanceof Button).findFirst())
                    .map(Button.class::cast).ifPresent(remove -> {
                        remove.setAriaLabel(getTranslation("poll.dialog.remove-option", options.indexOf(field) + 1));
                        remove.setEnabled(options.size() > PollService.MIN_OPTIONS);
                    });
        }
        addOption.setEnabled(options.size() < PollService.MAX_OPTIONS);
    }

    void save(boolean openNow) {
        optionsError.setVisible(false);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("question", question);
        fields.put("dots", dots);
        for (int i = 0; i < options.size(); i++) {
            fields.put("options." + i, options.get(i));
        }
        FieldErrors.clear(fields);
        try {
            panel.create(question.getValue(), kind.getValue(), options.stream().map(TextField::getValue).toList(),
                    kind.getValue() == PollKind.DOTS ? dots.getValue() : null, openToGuests.getValue(),
                    decides.isVisible() && decides.getValue(), openNow);
            close();
        } catch (ValidationException e) {
            var count = e.fieldErrors().getOrDefault("options", e.fieldErrors().get("decides"));
            if (count != null) {
                optionsError.setText(FieldErrors.translate(this, count));
                optionsError.setVisible(true);
            }
            if (e.fieldErrors().containsKey("decides")) {
                // the plan left its decision phase while the dialog was open
                decides.setVisible(panel.decisionPhase());
            }
            Map<String, HasValidation> known = new HashMap<>(fields);
            Map<String, org.cohesion.base.Message> rest = new HashMap<>(e.fieldErrors());
            rest.remove("options");
            rest.remove("decides");
            if (!rest.isEmpty()) {
                FieldErrors.show(this, new ValidationException(rest), known);
            }
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            optionsError.setText(getTranslation("poll.not-allowed"));
            optionsError.setVisible(true);
        }
    }
}
