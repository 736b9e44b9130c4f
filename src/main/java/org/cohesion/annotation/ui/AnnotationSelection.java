package org.cohesion.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps the parts of one workspace that show annotations in step, within the browser tab (the UI): the list
 * beside the drawing and the highlighted texts tell each other which annotation was selected and that the
 * annotations changed. Listeners live while their component is attached. Other people are told through the
 * plan's events topic instead.
 */
final class AnnotationSelection {

    private AnnotationSelection() {
    }

    /** Someone selected an annotation in one part of the workspace. */
    static final class Selected extends ComponentEvent<UI> {
        private final long annotationId;
        private final Component origin;

        Selected(UI ui, long annotationId, Component origin) {
            super(ui, false);
            this.annotationId = annotationId;
            this.origin = origin;
        }
    }

    /** The annotations changed through one part of the workspace. */
    static final class Changed extends ComponentEvent<UI> {
        private final Component origin;

        Changed(UI ui, Component origin) {
            super(ui, false);
            this.origin = origin;
        }
    }

    /** Tells the other parts of the workspace that {@code origin} selected an annotation. */
    static void select(Component origin, long annotationId) {
        origin.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new Selected(ui, annotationId, origin)));
    }

    /** Tells the other parts of the workspace that {@code origin} changed the annotations. */
    static void changed(Component origin) {
        origin.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new Changed(ui, origin)));
    }

    /** Calls {@code listener} with the annotation others select, while {@code owner} is attached. */
    static void onSelect(Component owner, SerializableConsumer<Long> listener) {
        whileAttached(owner, ui -> ComponentUtil.addListener(ui, Selected.class, (ComponentEventListener<Selected>) e -> {
            if (e.origin != owner) {
                listener.accept(e.annotationId);
            }
        }));
    }

    /** Calls {@code listener} when others change the annotations, while {@code owner} is attached. */
    static void onChange(Component owner, SerializableRunnable listener) {
        whileAttached(owner, ui -> ComponentUtil.addListener(ui, Changed.class, (ComponentEventListener<Changed>) e -> {
            if (e.origin != owner) {
                listener.run();
            }
        }));
    }

    private static void whileAttached(Component owner, java.util.function.Function<UI, Registration> register) {
        Registration[] current = {null};
        owner.getUI().ifPresent(ui -> current[0] = register.apply(ui));
        owner.addAttachListener(e -> {
            if (current[0] == null) {
                current[0] = register.apply(e.getUI());
            }
        });
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
    }
}
