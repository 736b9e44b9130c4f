package org.cohesion.annotation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.base.ui.Formats;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.Visibility;
import org.cohesion.moderation.ui.FlagAction;

/**
 * The selected annotation in full, above its thread: number, category and status, a remark's quoted passage,
 * the first comment, who wrote it when, and the planners' answer (the reason, or a link to the revision that
 * addressed it). All text is set as text, never markup.
 */
class AnnotationDetails extends Div {

    final Span status = new Span();
    final Paragraph body = new Paragraph();
    final Paragraph answer = new Paragraph();

    AnnotationDetails(AnnotationInfo a, String statusText) {
        addClassNames("annotation-details", "category-" + a.category().name().toLowerCase(Locale.ROOT));
        H4 title = new H4(getTranslation(a.isRemark() ? "annotation.details.remark-title"
                : "annotation.details.title", a.number(), getTranslation(a.category().labelKey())));
        status.setText(statusText);
        status.addClassName("annotation-status");
        add(title, status);
        String note = FlagAction.note(this, a.moderation(), a.moderationReason());
        if (note != null) {
            Span moderation = new Span(note);
            moderation.addClassName("annotation-moderation");
            add(moderation);
        }
        if (a.isRemark()) {
            Paragraph quote = new Paragraph(a.quote());
            quote.addClassName("annotation-quote");
            quote.getElement().setAttribute("aria-label", getTranslation("remark.dialog.quote", a.quote()));
            add(quote);
            if (a.outdated()) {
                Span gone = new Span(getTranslation("annotation.details.outdated"));
                gone.addClassName("annotation-outdated-note");
                add(gone);
            }
        }
        body.setText(a.body());
        body.addClassName("annotation-body");
        Span byline = new Span(getTranslation("annotation.details.by", a.authorName(),
                Formats.dateTime(a.createdAt(), getLocale())));
        byline.addClassName("annotation-byline");
        add(body, byline);
        if (a.status() == AnnotationStatus.ADDRESSED && a.addressedInRevision() != null) {
            answer.add(new Anchor("plans/" + a.planId() + "/history?revision=" + a.addressedInRevision(),
                    getTranslation("annotation.details.see-revision", a.addressedInRevision())));
        }
        if (a.statusReason() != null && !a.statusReason().isBlank()) {
            answer.addComponentAsFirst(new Span(getTranslation("annotation.details.reason", a.statusReason()) + " "));
        }
        answer.addClassName("annotation-answer");
        answer.setVisible(answer.getChildren().findAny().isPresent());
        add(answer);
        if (!a.mine() && a.moderation() == Visibility.VISIBLE) {
            add(FlagAction.button(ContentType.ANNOTATION, a.id()));
        }
    }
}
