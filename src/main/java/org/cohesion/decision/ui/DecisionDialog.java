package org.cohesion.decision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.decision.DecisionService;
import org.cohesion.decision.DecisionView;
import org.cohesion.decision.VerdictDraft;
import org.cohesion.session.poll.PollSnapshot;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records or revises the decision: its text, the polls of the plan's sessions that informed it, and verdicts on
 * annotations (picked from the plan's annotations, loaded lazily; a decline needs a reason).
 */
class DecisionDialog extends Dialog {

    final TextArea text = new TextArea();
    final CheckboxGroup<PollSnapshot> polls = new CheckboxGroup<>();
    final ComboBox<AnnotationInfo> annotation = new ComboBox<>();
    final RadioButtonGroup<Boolean> accepted = new RadioButtonGroup<>();
    final TextField reason = new TextField();
    final Button addVerdict = new Button();
    final UnorderedList verdictList = new UnorderedList();
    final Button save = new Button();
    final Map<Long, VerdictDraft> verdicts = new LinkedHashMap<>();
    private final Map<Long, String> labels = new LinkedHashMap<>();

    DecisionDialog(DecisionService decisions, AnnotationService annotations, long planId, DecisionView current,
                   Consumer<DecisionView> saved) {
        setHeaderTitle(getTranslation(current == null ? "decision.record" : "decision.revise"));
        addClassName("decision-dialog");
        text.setLabel(getTranslation("decision.text"));
        text.setMaxLength(DecisionService.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();

        List<PollSnapshot> pollsOfPlan = decisions.pollsOfPlan(planId);
        polls.setLabel(getTranslation("decision.polls"));
        polls.setItems(pollsOfPlan);
        polls.setItemLabelGenerator(p -> getTranslation(p.decides() ? "decision.poll.item.decides"
                : "decision.poll.item", p.question(), p.ballots()));
        polls.setHelperText(pollsOfPlan.isEmpty() ? getTranslation("decision.polls.none") : null);

        annotation.setLabel(getTranslation("decision.annotation.pick"));
        annotation.setItems(query -> annotations.list(planId, null, query.getOffset(), query.getLimit()).stream(),
                query -> annotations.count(planId, null));
        annotation.setItemLabelGenerator(a -> getTranslation("decision.annotation", a.number(),
                DecisionSection.firstWords(a.body())));
        accepted.setLabel(getTranslation("decision.verdict"));
        accepted.setItems(true, false);
        accepted.setItemLabelGenerator(b -> getTranslation(b ? "decision.accepted" : "decision.declined"));
        accepted.setValue(true);
        reason.setLabel(getTranslation("decision.reason"));
        reason.setMaxLength(AnnotationService.MAX_REASON);
        addVerdict.setText(getTranslation("decision.verdict.add"));
        addVerdict.addClickListener(e -> addVerdict());
        Div picker = new Div(annotation, accepted, reason, addVerdict);
        picker.addClassName("decision-picker");
        verdictList.addClassName("decision-verdicts");

        if (current != null) {
            text.setValue(current.text());
            polls.setValue(new java.util.HashSet<>(pollsOfPlan.stream()
                    .filter(p -> current.polls().stream().anyMatch(c -> c.id() == p.id())).toList()));
            current.annotations().forEach(v -> put(new VerdictDraft(v.annotationId(), v.accepted(), v.reason()),
                    getTranslation("decision.annotation", v.number(), DecisionSection.firstWords(v.body()))));
        }
        add(text, polls, new H3(getTranslation("decision.annotations")), picker, verdictList);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("polls", polls);
        fields.put("annotations", annotation);
        save.setText(getTranslation("decision.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            try {
                DecisionView view = decisions.record(planId, current == null ? null : current.version(),
                        text.getValue(), polls.getValue().stream().map(PollSnapshot::id).toList(),
                        new ArrayList<>(verdicts.values()));
                close();
                Notifications.success(getTranslation("decision.saved"));
                saved.accept(view);
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("decision.not-planner"));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addVerdict() {
        AnnotationInfo a = annotation.getValue();
        if (a == null) {
            annotation.setErrorMessage(getTranslation("validation.required"));
            annotation.setInvalid(true);
            return;
        }
        boolean accept = Boolean.TRUE.equals(accepted.getValue());
        String why = reason.getValue() == null || reason.getValue().isBlank() ? null : reason.getValue().strip();
        if (!accept && why == null) {
            reason.setErrorMessage(getTranslation("decision.error.reason-required"));
            reason.setInvalid(true);
            return;
        }
        annotation.setInvalid(false);
        reason.setInvalid(false);
        put(new VerdictDraft(a.id(), accept, why), getTranslation("decision.annotation", a.number(),
                DecisionSection.firstWords(a.body())));
        annotation.clear();
        reason.clear();
    }

    private void put(VerdictDraft draft, String label) {
        verdicts.put(draft.annotationId(), draft);
        labels.put(draft.annotationId(), label);
        showVerdicts();
    }

    private void showVerdicts() {
        verdictList.removeAll();
        verdicts.values().forEach(v -> {
            Span verdict = new Span(getTranslation(v.accepted() ? "decision.accepted" : "decision.declined"));
            verdict.addClassNames("decision-verdict", v.accepted() ? "accepted" : "declined");
            Span about = new Span(labels.get(v.annotationId()) + (v.reason() == null ? "" : " — " + v.reason()));
            Button remove = new Button(getTranslation("decision.verdict.remove"), e -> {
                verdicts.remove(v.annotationId());
                labels.remove(v.annotationId());
                showVerdicts();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("decision.verdict.remove-label",
                    labels.get(v.annotationId())));
            verdictList.add(new ListItem(verdict, about, remove));
        });
    }
}
