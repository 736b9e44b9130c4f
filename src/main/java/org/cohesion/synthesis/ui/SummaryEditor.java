package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.synthesis.Citation;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.PublishedLine;
import org.cohesion.synthesis.PublishedSummary;
import org.cohesion.synthesis.SummaryDraft;
import org.cohesion.synthesis.SummaryLine;
import org.cohesion.synthesis.SummaryService;

/**
 * The "what we heard" editor of planners and moderators: lines with their citations, saved as the plan's draft
 * (a save over someone else's newer save is refused as stale), a preview, and publishing to residents.
 */
class SummaryEditor extends Div {

    private final SummaryService summaries;
    private final long planId;
    private final String planTitle;
    private final List<Contribution> contributions;
    private final Map<String, Contribution> byId = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Runnable onPublished;
    final Div lines = new Div();
    final List<LineEditor> editors = new ArrayList<>();
    final Paragraph status = new Paragraph();
    final Button add = new Button();
    final Button save = new Button();
    final Button preview = new Button();
    final Button publish = new Button();
    final Button reload = new Button();
    private Long version;

    SummaryEditor(SummaryService summaries, long planId, String planTitle, List<Contribution> contributions,
                  Runnable onPublished) {
        this.summaries = summaries;
        this.planId = planId;
        this.planTitle = planTitle;
        this.contributions = contributions;
        this.onPublished = onPublished;
        addClassName("synthesis-editor");
        for (int i = 0; i < contributions.size(); i++) {
            Contribution c = contributions.get(i);
            byId.put(c.id(), c);
            order.put(c.id(), i);
            labels.put(c.id(), Labels.contribution(this, c, 80));
        }
        add(new Paragraph(getTranslation("synthesis.editor.intro")));
        status.addClassName("synthesis-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        lines.addClassName("synthesis-lines");
        add.setText(getTranslation("synthesis.editor.add"));
        add.addClickListener(e -> addLine(new SummaryLine("", List.of())));
        save.setText(getTranslation("synthesis.editor.save"));
        save.addClickListener(e -> save());
        preview.setText(getTranslation("synthesis.editor.preview"));
        preview.addClickListener(e -> preview());
        publish.setText(getTranslation("synthesis.editor.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        reload.setText(getTranslation("synthesis.editor.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.addClickListener(e -> load());
        Div actions = new Div(add, save, preview, publish, reload);
        actions.addClassName("synthesis-editor-actions");
        add(status, lines, actions);
        load();
    }

    /** Shows the stored draft (an empty line when there is none). */
    void load() {
        SummaryDraft draft = summaries.draft(planId);
        version = draft.version();
        lines.removeAll();
        editors.clear();
        draft.lines().forEach(this::addLine);
        if (editors.isEmpty()) {
            addLine(new SummaryLine("", List.of()));
        }
        showSaved(draft);
    }

    private void addLine(SummaryLine line) {
        LineEditor editor = new LineEditor(contributions, labels, line, byId);
        editor.up.addClickListener(e -> move(editor, -1));
        editor.down.addClickListener(e -> move(editor, 1));
        editor.remove.addClickListener(e -> {
            editors.remove(editor);
            renumber();
        });
        editors.add(editor);
        renumber();
    }

    private void move(LineEditor editor, int by) {
        int at = editors.indexOf(editor);
        int to = at + by;
        if (to >= 0 && to < editors.size()) {
            editors.remove(at);
            editors.add(to, editor);
            renumber();
            (by < 0 ? editor.up : editor.down).focus();
        }
    }

    private void renumber() {
        lines.removeAll();
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1, editors.size());
            lines.add(editors.get(i));
        }
    }

    List<SummaryLine> typed() {
        return editors.stream().map(e -> e.line(order)).toList();
    }

    /** Saves the draft; true when it was saved. */
    boolean save() {
        try {
            SummaryDraft saved = summaries.saveDraft(planId, version, typed());
            version = saved.version();
            showSaved(saved);
            Notifications.success(getTranslation("synthesis.editor.saved"));
            return true;
        } catch (ValidationException e) {
            showErrors(e);
            return false;
        }
    }

    void publish() {
        if (!save()) {
            return;
        }
        try {
            PublishedSummary published = summaries.publish(planId, version);
            String text = getTranslation("synthesis.editor.published", published.number());
            status.setText(text);
            Notifications.success(text);
            onPublished.run();
        } catch (ValidationException e) {
            showErrors(e);
        }
    }

    private void showErrors(ValidationException e) {
        Map<String, TextArea> fields = new HashMap<>();
        int n = 0;
        for (LineEditor editor : editors.stream().filter(x -> !(x.text.getValue().isBlank()
                && x.cited.getValue().isEmpty())).toList()) {
            fields.put("line-" + (++n), editor.text);
        }
        FieldErrors.show(this, e, fields);
        status.setText(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
    }

    private void showSaved(SummaryDraft draft) {
        status.setText(draft.version() == null ? getTranslation("synthesis.editor.never-saved")
                : getTranslation("synthesis.editor.last-saved", Formats.dateTime(draft.updatedAt(), getLocale()),
                draft.updatedBy()));
    }

    /** The lines as typed, as residents would read them (not saved). */
    void preview() {
        List<PublishedLine> shown = new ArrayList<>();
        for (SummaryLine line : typed()) {
            if (line.text().isBlank() && line.cited().isEmpty()) {
                continue;
            }
            shown.add(new PublishedLine(line.text(), line.cited().stream().map(byId::get)
                    .map(c -> new Citation(c.id(), c.kind(), c.category(), c.quote(), c.text(), c.authorName(),
                            c.createdAt(), c.link())).toList()));
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("synthesis.editor.preview"));
        dialog.add(new PublishedPage(new PublishedSummary(planId, planTitle, 0, "", null, 0, 0, shown)));
        Button close = new Button(getTranslation("synthesis.editor.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        add(dialog);
        dialog.open();
    }
}
