package org.cohesion.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/** Small building blocks shared by the admin tabs and dialogs. */
final class AdminUi {

    /** Below this window width (px) less important grid columns are hidden. */
    static final int NARROW_WIDTH = 640;

    private AdminUi() {
    }

    static TextField searchField(String label, Runnable onChange) {
        TextField search = new TextField(label);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addClassName("admin-search");
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }

    static Button primaryButton(String text, VaadinIcon icon, Runnable onClick) {
        Button button = new Button(text, icon.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** An icon-only button; its label is its accessible name and tooltip. */
    static Button iconButton(VaadinIcon icon, String label, Runnable onClick) {
        Button button = new Button(icon.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    static HorizontalLayout toolbar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("admin-toolbar");
        return bar;
    }

    static <T> void label(Grid<T> grid, String label) {
        grid.getElement().setAttribute("aria-label", label);
        grid.addClassName("admin-grid");
    }

    /** Asks before a change that cannot be undone; runs {@code onConfirm} only when confirmed. */
    static ConfirmDialog confirm(Component context, String header, String text, String confirmText,
                                 Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("admin.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    /** Hides the columns while the browser window is narrower than {@link #NARROW_WIDTH}. */
    static void hideWhenNarrow(Component owner, Grid.Column<?>... columns) {
        owner.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> showColumns(details.getWindowInnerWidth(), columns));
            Registration resize = page.addBrowserWindowResizeListener(e -> showColumns(e.getWidth(), columns));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void showColumns(int width, Grid.Column<?>... columns) {
        for (Grid.Column<?> column : columns) {
            column.setVisible(width <= 0 || width >= NARROW_WIDTH);
        }
    }
}
