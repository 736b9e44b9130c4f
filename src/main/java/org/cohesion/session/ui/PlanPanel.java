package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.PlanField;

/** The plan as the room shows it: its long texts, paragraph by paragraph, and its drawings with their pins. */
class PlanPanel extends Section {

    private final Map<PlanField, Component> texts = new EnumMap<>(PlanField.class);
    final RoomPins drawings;

    PlanPanel(Map<PlanField, String> longTexts, List<DrawingInfo> drawingList, Consumer<Long> focusOnPin) {
        addClassName("session-plan");
        add(new H2(getTranslation("session.plan.title")));
        for (PlanField field : PlanField.values()) {
            String text = longTexts.get(field);
            if (text == null) {
                continue;
            }
            Div section = new Div(new H3(getTranslation(field.labelKey())));
            section.setId("session-text-" + field.name().toLowerCase());
            section.addClassName("session-text");
            for (String paragraph : text.split("\\n\\s*\\n")) {
                section.add(new Paragraph(paragraph.strip()));
            }
            texts.put(field, section);
            add(section);
        }
        drawings = new RoomPins(drawingList, focusOnPin);
        add(drawings);
    }

    /** The part showing a text of the plan, or null. */
    Component text(PlanField field) {
        return field == null ? null : texts.get(field);
    }
}
