package org.cohesion.plan.ui;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.CollaborationUsers;
import org.cohesion.collab.PlanTopics;
import org.cohesion.people.AccountService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan workspace: everyone who may see the plan sees it live; co-editors edit. Fields are bound to the
 * plan's Collaboration Engine topic, so others see values as they are committed and who is in which field;
 * every committed change is saved at once by the person who made it (exactly one write per change).
 */
@Route("plans/:planId(\\d+)")
@PermitAll
class PlanWorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanPhaseService phases;
    private final DrawingService drawingService;
    private final CurrentUser currentUser;
    final PlanFields fields = new PlanFields(this);
    private final H2 heading = new H2();
    private final Span subtitle = new Span();
    private final Div announcer = new Div();
    private PlanDetails details;
    private CollaborationBinder<PlanForm> binder;
    private UserInfo localUser;
    private int generation;
    private boolean applyingRemote;
    private DrawingsPanel drawings;
    private CollaborationMap events;

    private final AccountService accounts;
    private boolean reducedPresence;

    // drawing extensions (annotations): found as Spring beans, so plan never imports the features extending it
    private final ObjectProvider<DrawingExtension> drawingExtensions;
    private final ObjectProvider<WorkspaceSection> sections;

    PlanWorkspaceView(PlanService plans, PlanPhaseService phases, DrawingService drawingService,
                      AccountService accounts,
                      CurrentUser currentUser,
                      ObjectProvider<DrawingExtension> drawingExtensions,
                      ObjectProvider<WorkspaceSection> sections) {
        this.drawingExtensions = drawingExtensions;
        this.sections = sections;
        this.plans = plans;
        this.phases = phases;
        this.accounts = accounts;
        this.drawingService = drawingService;
        this.currentUser = currentUser;
        addClassName("plan-workspace");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(
                () -> new ObjectNotFoundException("Plan"));
        details = plans.open(planId);
        generation = details.generation();
        CohesionUser me = currentUser.require();
        reducedPresence = accounts.myReducedPresence();
        localUser = reducedPresence ? CollaborationUsers.anonymous(getTranslation("plan.presence.someone"))
                : CollaborationUsers.of(me);
        render();
    }

    private void render() {
        removeAll();
        heading.setText(details.value(PlanField.TITLE));
        heading.addClassName("plan-title");
        subtitle.setText(details.communityName().in(getLocale()));
        subtitle.addClassName("plan-subtitle");
        Anchor history = new Anchor("plans/" + details.id() + "/history", getTranslation("plan.workspace.history"));
        Div header = new Div(new Div(heading, subtitle), new PlanPresence(localUser, details.id(), !reducedPresence), history);
        header.addClassName("plan-header");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(fields.title, 2);
        form.add(fields.kind, fields.location, fields.budget, fields.startDate, fields.targetDate);
        form.add(fields.summary, 2);
        form.add(fields.goals, 2);
        form.add(fields.designProposal, 2);
        Section formSection = new Section(form);
        formSection.addClassName("plan-form");
        if (!details.canEdit()) {
            Span readOnly = new Span(getTranslation("plan.workspace.read-only"));
            readOnly.addClassName("read-only-note");
            formSection.addComponentAsFirst(readOnly);
        }
        body = new Div(formSection);
        body.addClassName("workspace-body");
        sectionsHolder.addClassName("workspace-sections");
        timeline = new PhaseTimeline(this::openMoveDialog);
        add(header, timeline, body, sectionsHolder);
        buildPhaseDependent();
        add(announcer);
        bind();
        listenForPlanEvents();
    }

    private void bind() {
        binder = new CollaborationBinder<>(PlanForm.class, localUser);
        binder.forField(fields.title).bind("title");
        binder.forField(fields.kind).bind("kind");
        binder.forField(fields.location).bind("location");
        binder.forField(fields.budget).bind("budget");
        binder.forField(fields.startDate).bind("startDate");
        binder.forField(fields.targetDate).bind("targetDate");
        binder.forField(fields.summary).bind("summary");
        binder.forField(fields.goals).bind("goals");
        binder.forField(fields.designProposal).bind("designProposal");
        binder.setReadOnly(!details.canEdit());
        PlanDetails snapshot = details;
        binder.setTopic(PlanTopics.fields(details.id(), generation), () -> PlanForm.of(snapshot));
        fields.all().forEach(this::saveOnCommit);
    }

    private void saveOnCommit(PlanField field, HasValue<?, ?> input) {
        input.addValueChangeListener(e -> {
            if (field == PlanField.TITLE && e.getValue() != null) {
                heading.setText(String.valueOf(e.getValue()));
            }
            if (!e.isFromClient()) {
                if (!applyingRemote) {
                    announcer.setText(getTranslation("plan.workspace.updated", getTranslation(field.labelKey())));
                }
                return;
            }
            save(field, input, e.getValue());
        });
    }

    private void save(PlanField field, HasValue<?, ?> input, Object value) {
        HasValidation validation = input instanceof HasValidation v ? v : null;
        try {
            plans.saveField(details.id(), field, PlanForm.stored(value));
            if (validation != null) {
                validation.setInvalid(false);
            }
            if (field.isLongText()) {
                extensionEvents.publish(PlanTopics.TEXTS);
                extensionListeners.getOrDefault(PlanTopics.TEXTS, List.of())
                        .forEach(SerializableRunnable::run);
            }
        } catch (ValidationException e) {
            if (validation != null) {
                FieldErrors.show(this, e, Map.of(e.fieldErrors().keySet().iterator().next(), validation));
            } else {
                Notifications.error(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            }
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("plan.workspace.not-editor"));
        }
    }

    private void listenForPlanEvents() {
        CollaborationEngine.getInstance().openTopicConnection(this, PlanTopics.plan(details.id()), localUser,
                connection -> {
                    events = connection.getNamedMap(PlanTopics.EVENTS_MAP);
                    boolean[] subscribed = {false};
                    var registration = events.subscribe(e -> {
                        if (PlanTopics.DRAWINGS.equals(e.getKey()) && subscribed[0]) {
                            drawings.refresh();
                            announcer.setText(getTranslation("plan.workspace.drawings-changed"));
                        }
                        if (subscribed[0] && extensionListeners.containsKey(e.getKey())
                                && !ownTokens.contains(e.getValue(String.class))) {
                            extensionListeners.getOrDefault(e.getKey(), List.of())
                                    .forEach(SerializableRunnable::run);
                        }
                        if (PlanTopics.PHASE.equals(e.getKey()) && subscribed[0]
                                && !ownTokens.contains(e.getValue(String.class))) {
                            phaseChanged(false);
                        }
                        if (PlanTopics.GENERATION.equals(e.getKey())) {
                            Integer next = e.getValue(Integer.class);
                            if (next != null && next > generation) {
                                reloadAfterRestore(next);
                            }
                        }
                    });
                    subscribed[0] = true;
                    return registration;
                });
    }

    // live events shared with extensions (one topic connection per workspace)
    private final Map<String, List<SerializableRunnable>> extensionListeners = new HashMap<>();
    private final Set<String> ownTokens = new HashSet<>();
    private final PlanEvents extensionEvents = new PlanEvents() {
        @Override
        public Registration subscribe(String key,
                                                             SerializableRunnable listener) {
            extensionListeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
            return () -> extensionListeners.getOrDefault(key, List.of()).remove(listener);
        }

        @Override
        public void publish(String key) {
            String token = UUID.randomUUID().toString();
            ownTokens.add(token);
            if (events != null) {
                events.put(key, token);
            }
        }
    };

    // the parts that depend on the plan's phase: the timeline, the drawings with their extensions, the sections
    private Div body;
    private final Div sectionsHolder = new Div();
    private PhaseTimeline timeline;
    private ScopedPlanEvents scopedEvents;

    /** (Re)builds the timeline, drawings and sections for the plan's current phase. */
    private void buildPhaseDependent() {
        timeline.show(PlanPhase.valueOf(details.value(PlanField.PHASE)), phases.moves(details.id()),
                details.canManageEditors());
        if (scopedEvents != null) {
            scopedEvents.removeAll();
        }
        scopedEvents = new ScopedPlanEvents(extensionEvents);
        DrawingsPanel next = new DrawingsPanel(drawingService, details);
        next.addClassName("plan-drawings");
        next.addChangeListener(this::announceDrawingsChanged);
        drawingExtensions.orderedStream().forEach(x -> next.add(x.create(details, next, scopedEvents)));
        if (drawings != null) {
            body.replace(drawings, next);
        } else {
            body.add(next);
        }
        drawings = next;
        sectionsHolder.removeAll();
        sections.orderedStream().forEach(section -> sectionsHolder.add(section.create(details, scopedEvents)));
    }

    private void openMoveDialog() {
        new PhaseMoveDialog(phases, details.id(), PlanPhase.valueOf(details.value(PlanField.PHASE)),
                move -> {
                    extensionEvents.publish(PlanTopics.PHASE);
                    phaseChanged(true);
                }).open();
    }

    /** The plan moved to another phase (here or in another UI): re-read it and rebuild what depends on it. */
    private void phaseChanged(boolean mine) {
        details = plans.open(details.id());
        buildPhaseDependent();
        String text = getTranslation("phase.moved", getTranslation(PlanPhase.valueOf(details.value(PlanField.PHASE))
                .labelKey()));
        announcer.setText(text);
        if (mine) {
            Notifications.success(text);
        }
    }

    private void announceDrawingsChanged() {
        if (events != null) {
            events.put(PlanTopics.DRAWINGS, UUID.randomUUID().toString());
        }
    }

    private void reloadAfterRestore(int next) {
        details = plans.open(details.id());
        generation = Math.max(next, details.generation());
        applyingRemote = true;
        try {
            PlanDetails snapshot = details;
            binder.setTopic(PlanTopics.fields(details.id(), generation), () -> PlanForm.of(snapshot));
        } finally {
            applyingRemote = false;
        }
        heading.setText(details.value(PlanField.TITLE));
        extensionListeners.getOrDefault(PlanTopics.TEXTS, List.of())
                .forEach(SerializableRunnable::run);
        Notifications.success(getTranslation("plan.workspace.restored"));
        announcer.setText(getTranslation("plan.workspace.restored"));
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("plans.title") : details.value(PlanField.TITLE);
    }
}
