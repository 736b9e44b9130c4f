package org.cohesion.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.evaluation.RatingService;
import org.cohesion.evaluation.RatingSummary;
import org.cohesion.evaluation.RatingView;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.ui.PlanEvents;

/**
 * The evaluation of the built result: the distribution of ratings with their average, the viewer's own rating
 * (given or changed while the plan is in EVALUATION) and the comments, newest first (loaded lazily).
 */
class EvaluationSection extends Section {

    /** Key in the plan's events map that changes whenever someone rates the plan. */
    static final String EVENT = "ratings";

    private final RatingService ratings;
    private final long planId;
    private final PlanEvents events;
    final Paragraph average = new Paragraph();
    final Div distribution = new Div();
    final RadioButtonGroup<Integer> stars = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    final Div form = new Div();
    final VirtualList<RatingView> comments = new VirtualList<>();
    private final DataProvider<RatingView, Void> commentsProvider;

    EvaluationSection(RatingService ratings, PlanDetails plan, PlanEvents events) {
        this.ratings = ratings;
        this.planId = plan.id();
        this.events = events;
        PlanPhase phase = PlanPhase.valueOf(plan.value(PlanField.PHASE));
        addClassName("evaluation-section");
        H2 heading = new H2(getTranslation("evaluation.title"));
        heading.setId("evaluation-heading-" + planId);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        average.addClassName("rating-average");
        average.getElement().setAttribute("aria-live", "polite");

        stars.setLabel(getTranslation("evaluation.your-rating"));
        stars.setItems(IntStream.rangeClosed(RatingService.MIN_STARS, RatingService.MAX_STARS).boxed().toList());
        stars.setItemLabelGenerator(s -> getTranslation("evaluation.stars", s));
        stars.addClassName("rating-stars");
        comment.setLabel(getTranslation("evaluation.comment"));
        comment.setMaxLength(RatingService.MAX_COMMENT);
        comment.setWidthFull();
        save.setText(getTranslation("evaluation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        form.add(stars, comment, save);
        form.addClassName("rating-form");
        form.setVisible(phase == PlanPhase.EVALUATION);
        ratings.myRating(planId).ifPresent(mine -> {
            stars.setValue(mine.stars());
            comment.setValue(mine.comment() == null ? "" : mine.comment());
        });

        commentsProvider = DataProvider.fromCallbacks(
                q -> ratings.comments(planId, q.getOffset(), q.getLimit()).stream(),
                q -> ratings.countComments(planId));
        comments.setDataProvider(commentsProvider);
        comments.setRenderer(new ComponentRenderer<>(this::commentItem));
        comments.addClassName("rating-comments");
        comments.getElement().setAttribute("aria-label", getTranslation("evaluation.comments"));
        add(heading, average, distribution, form, new H3(getTranslation("evaluation.comments")), comments);
        events.subscribe(EVENT, this::refresh);
        RatingSummary summary = refresh();
        setVisible(phase == PlanPhase.EVALUATION || (phase == PlanPhase.CLOSED && summary.count() > 0));
    }

    RatingSummary refresh() {
        RatingSummary summary = ratings.summary(planId);
        average.setText(summary.count() == 0 ? getTranslation("evaluation.none")
                : getTranslation("evaluation.average", String.format(getLocale(), "%.1f", summary.average()),
                Formats.number(summary.count(), getLocale())));
        distribution.removeAll();
        distribution.add(new RatingBars(summary));
        commentsProvider.refreshAll();
        return summary;
    }

    private void save() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("stars", stars);
        fields.put("comment", comment);
        FieldErrors.clear(fields);
        try {
            ratings.rate(planId, stars.getValue(), comment.getValue());
            Notifications.success(getTranslation("evaluation.saved"));
            events.publish(EVENT);
            refresh();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    private Div commentItem(RatingView r) {
        Span meta = new Span(getTranslation("evaluation.comment.meta", r.authorName(),
                getTranslation("evaluation.stars", r.stars()), Formats.dateTime(r.updatedAt(), getLocale())));
        meta.addClassName("rating-comment-meta");
        Paragraph body = new Paragraph(r.comment());
        body.addClassName("rating-comment-body");
        Div item = new Div(meta, body);
        item.addClassName("rating-comment");
        return item;
    }
}
