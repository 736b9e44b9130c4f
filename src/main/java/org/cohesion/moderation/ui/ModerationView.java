package org.cohesion.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.moderation.BlockService;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.QueueFilter;
import org.cohesion.moderation.QueueItem;
import org.cohesion.moderation.QueueStatus;
import org.cohesion.people.CommunityService;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The moderation queue: a lazy grid of flagged items and items awaiting approval in the communities the viewer
 * moderates, filtered by status, community, plan and reason; multi-select for bulk hide (reason required),
 * restore and mark reviewed; the clicked item's content, context and flags beside the grid.
 */
@Route("moderation")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "nav.moderation", order = 80, icon = "vaadin:shield")
class ModerationView extends Main implements HasDynamicTitle {

    static final int PAGE = 50;

    private final ModerationService service;

    final Select<QueueStatus> status = new Select<>();
    final ComboBox<Long> community = new ComboBox<>();
    final ComboBox<Long> plan = new ComboBox<>();
    final Select<FlagReason> reason = new Select<>();
    final Span count = new Span();
    final Grid<QueueItem> grid = new Grid<>();
    final Button hide = new Button();
    final Button restore = new Button();
    final Button reviewed = new Button();
    final Span selected = new Span();
    final QueueDetail detail;

    ModerationView(ModerationService service, BlockService blocking, CommunityService communities,
                   CurrentUser currentUser) {
        this.service = service;
        this.detail = new QueueDetail(service, blocking, this::refresh);
        addClassName("moderation-view");
        H2 title = new H2(getTranslation("moderation.queue.title"));

        status.setLabel(getTranslation("moderation.queue.status"));
        status.setItems(QueueStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("moderation.queue.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("moderation.queue.any")
                : getTranslation(s.labelKey()));
        status.setValue(QueueStatus.PENDING);

        Map<Long, String> communityNames = new LinkedHashMap<>();
        if (currentUser.hasRole(Role.ADMIN)) {
            communities.all().forEach(c -> communityNames.put(c.id(), c.name().in(getLocale())));
        } else {
            communities.myCommunities().forEach(c -> communityNames.put(c.communityId(), c.name().in(getLocale())));
        }
        community.setLabel(getTranslation("moderation.queue.community"));
        community.setItems(communityNames.keySet());
        community.setItemLabelGenerator(id -> communityNames.getOrDefault(id, ""));
        community.setClearButtonVisible(true);

        Map<Long, String> plans = service.queuePlans();
        plan.setLabel(getTranslation("moderation.queue.plan"));
        plan.setItems(plans.keySet());
        plan.setItemLabelGenerator(id -> plans.getOrDefault(id, ""));
        plan.setClearButtonVisible(true);

        reason.setLabel(getTranslation("moderation.queue.reason"));
        reason.setItems(FlagReason.values());
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("moderation.queue.any"));
        reason.setItemLabelGenerator(r -> r == null ? getTranslation("moderation.queue.any")
                : getTranslation(r.labelKey()));
        status.addValueChangeListener(e -> refresh());
        community.addValueChangeListener(e -> refresh());
        plan.addValueChangeListener(e -> refresh());
        reason.addValueChangeListener(e -> refresh());
        Div filters = new Div(status, community, plan, reason, count);
        filters.addClassName("moderation-filters");

        hide.setText(getTranslation("moderation.queue.hide"));
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hide.addClickListener(e -> new HideDialog(text -> act(() -> service.hide(ids(), text))).open());
        restore.setText(getTranslation("moderation.queue.restore"));
        restore.addClickListener(e -> act(() -> service.restore(ids())));
        reviewed.setText(getTranslation("moderation.queue.reviewed"));
        reviewed.addClickListener(e -> act(() -> service.markReviewed(ids())));
        Div actions = new Div(selected, hide, restore, reviewed);
        actions.addClassName("moderation-actions");

        configureGrid();
        Div body = new Div(grid, detail);
        body.addClassName("moderation-body");
        add(title, filters, actions, body);
        selectionChanged();
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.getElement().setAttribute("aria-label", getTranslation("moderation.queue.select"));
        grid.addColumn(i -> getTranslation(QueueTexts.typeKey(i)) + ": " + i.excerpt()).setKey("content")
                .setHeader(getTranslation("moderation.queue.content")).setFlexGrow(3);
        grid.addColumn(QueueItem::planTitle).setKey("plan").setHeader(getTranslation("moderation.queue.plan"))
                .setFlexGrow(1);
        grid.addColumn(QueueItem::authorName).setKey("author").setHeader(getTranslation("moderation.queue.author"))
                .setFlexGrow(1);
        grid.addColumn(QueueItem::flagCount).setKey("flags").setHeader(getTranslation("moderation.queue.flags"))
                .setFlexGrow(0).setWidth("6rem");
        grid.addColumn(i -> QueueTexts.state(this, i)).setKey("state")
                .setHeader(getTranslation("moderation.queue.state")).setFlexGrow(1);
        grid.addColumn(i -> Formats.dateTime(i.lastActivity(), getLocale())).setKey("activity")
                .setHeader(getTranslation("moderation.queue.activity")).setFlexGrow(0).setWidth("11rem");
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setPageSize(PAGE);
        grid.setItems(q -> service.queue(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter()));
        grid.addItemClickListener(e -> detail.show(e.getItem().id()));
        grid.asMultiSelect().addValueChangeListener(e -> selectionChanged());
        grid.addClassName("moderation-grid");
    }

    QueueFilter filter() {
        return new QueueFilter(status.getValue(), community.getValue(), plan.getValue(), reason.getValue());
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("moderation.queue.count", service.count(filter())));
        selectionChanged();
    }

    private List<Long> ids() {
        return grid.getSelectedItems().stream().map(QueueItem::id).toList();
    }

    private void selectionChanged() {
        Set<QueueItem> items = grid.getSelectedItems();
        boolean any = !items.isEmpty();
        hide.setEnabled(any);
        restore.setEnabled(any);
        reviewed.setEnabled(any);
        selected.setText(getTranslation("moderation.queue.selected", items.size()));
        if (count.getText().isEmpty()) {
            count.setText(getTranslation("moderation.queue.count", service.count(filter())));
        }
    }

    /** Runs a bulk action; true when it was done. */
    boolean act(Supplier<Integer> action) {
        try {
            int n = action.get();
            Notifications.success(getTranslation("moderation.queue.done", n));
            refresh();
            detail.refresh();
            return true;
        } catch (ValidationException e) {
            Notifications.error(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            throw e;
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("moderation.queue.not-allowed"));
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
