package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.SummaryLine;
import org.cohesion.synthesis.SummaryService;

/**
 * One line of the "what we heard" editor: its text and a searchable multi-select of the contributions it cites
 * (the picker pages its items from the server as the list scrolls), with buttons to move or remove it.
 */
class LineEditor extends Div {

    final TextArea text = new TextArea();
    final MultiSelectComboBox<Contribution> cited = new MultiSelectComboBox<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final Span uncited = new Span();

    LineEditor(List<Contribution> contributions, Map<String, String> labels, SummaryLine line,
               Map<String, Contribution> byId) {
        addClassName("synthesis-line-editor");
        text.setMaxLength(SummaryService.MAX_LINE);
        text.setWidthFull();
        text.setValue(line.text());
        cited.setWidthFull();
        cited.setItemLabelGenerator(c -> labels.get(c.id()));
        cited.setItems((c, filter) -> filter == null || filter.isBlank()
                || labels.get(c.id()).toLowerCase(Locale.ROOT).contains(filter.strip().toLowerCase(Locale.ROOT)),
                contributions);
        cited.setPlaceholder(getTranslation("synthesis.editor.cite.placeholder"));
        cited.setValue(line.cited().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        uncited.setText(getTranslation("synthesis.editor.uncited"));
        uncited.addClassName("synthesis-uncited");
        cited.addValueChangeListener(e -> uncited.setVisible(e.getValue().isEmpty()));
        uncited.setVisible(cited.getValue().isEmpty());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(up, down, remove);
        actions.addClassName("synthesis-line-actions");
        add(text, cited, uncited, actions);
    }

    /** Names the line's controls by its position (1-based). */
    void number(int n, int of) {
        text.setLabel(getTranslation("synthesis.editor.line", n));
        cited.setLabel(getTranslation("synthesis.editor.cite", n));
        up.setAriaLabel(getTranslation("synthesis.editor.up", n));
        up.setTooltipText(getTranslation("synthesis.editor.up", n));
        down.setAriaLabel(getTranslation("synthesis.editor.down", n));
        down.setTooltipText(getTranslation("synthesis.editor.down", n));
        remove.setAriaLabel(getTranslation("synthesis.editor.remove", n));
        remove.setTooltipText(getTranslation("synthesis.editor.remove", n));
        up.setEnabled(n > 1);
        down.setEnabled(n < of);
    }

    /** The line as typed, its citations in the order of the plan's contributions. */
    SummaryLine line(Map<String, Integer> order) {
        return new SummaryLine(text.getValue(), cited.getValue().stream()
                .sorted(Comparator.comparing(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)))
                .map(Contribution::id).toList());
    }
}
