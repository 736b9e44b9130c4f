package org.cohesion.moderation.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cohesion.moderation.AuditAction;
import org.cohesion.moderation.AuditFilter;
import org.cohesion.moderation.AuditRecord;
import org.cohesion.moderation.AuditService;

/**
 * The audit log: every moderation action and every role or membership change, newest first, filterable by
 * action, dates (UTC) and actor or target; read-only (nothing here edits an entry); exportable as CSV.
 */
@Route("moderation/audit")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "nav.audit", order = 81, icon = "vaadin:records")
class AuditView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditService service;

    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField search = new TextField();
    final Span count = new Span();
    final Grid<AuditRecord> grid = new Grid<>();
    final Anchor export;

    AuditView(AuditService service) {
        this.service = service;
        addClassName("audit-view");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.any") : getTranslation(a.labelKey()));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        search.setLabel(getTranslation("audit.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        export = new Anchor(csv(), getTranslation("audit.export"));
        export.setTarget(AnchorTarget.BLANK);
        export.getElement().setAttribute("download", true);
        export.addClassName("audit-export");
        Div filters = new Div(action, from, to, search, count, export);
        filters.addClassName("moderation-filters");

        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        grid.addColumn(r -> UTC.format(r.createdAt())).setKey("time").setHeader(getTranslation("audit.time"))
                .setFlexGrow(0).setWidth("11rem");
        grid.addColumn(AuditRecord::actorName).setKey("actor").setHeader(getTranslation("audit.actor"));
        grid.addColumn(r -> getTranslation(r.action().labelKey())).setKey("action")
                .setHeader(getTranslation("audit.action"));
        grid.addColumn(r -> r.targetType() + (r.targetId() == null ? "" : " " + r.targetId()) + ": "
                + r.targetLabel()).setKey("target").setHeader(getTranslation("audit.target")).setFlexGrow(2);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setKey("reason")
                .setHeader(getTranslation("audit.reason")).setFlexGrow(2);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setKey("detail")
                .setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter()));
        grid.addClassName("audit-grid");
        add(new H2(getTranslation("audit.title")), filters, grid);
        count.setText(getTranslation("audit.count", service.count(filter())));
    }

    AuditFilter filter() {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate end = to.getValue();
        Instant stop = end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue();
        return new AuditFilter(action.getValue(), null, start, stop, text);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("audit.count", service.count(filter())));
    }

    /** The CSV download: the entries matching the filters at the time of the download. */
    DownloadHandler csv() {
        return this::writeCsv;
    }

    void writeCsv(DownloadEvent event) throws IOException {
        byte[] bytes = service.exportCsv(filter(), header(), a -> getTranslation(a.labelKey()));
        event.setFileName("audit-log.csv");
        event.setContentType("text/csv; charset=UTF-8");
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
    }

    List<String> header() {
        return List.of(getTranslation("audit.time"), getTranslation("audit.actor"), getTranslation("audit.action"),
                getTranslation("audit.target"), getTranslation("audit.target"), getTranslation("audit.community"),
                getTranslation("audit.reason"), getTranslation("audit.detail"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
