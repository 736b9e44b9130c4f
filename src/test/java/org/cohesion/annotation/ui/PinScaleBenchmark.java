package org.cohesion.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.communication.UidlWriter;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.cohesion.KaribuSupport;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationFilter;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test: one drawing with 2,000 pins (issue 4: "stays usable, the list is lazy"). Through Karibu
 * (one signed-in resident, English), measures the server time of what a person does in the plan workspace, each
 * followed by writing the response the browser would get (Vaadin's UIDL), whose size is reported too: opening
 * the workspace (against the same plan with no pins), the list's first page, filtering by category, selecting
 * a pin from the list and from the drawing, placing one more pin. Prints p50/p95/max after a warm-up.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=PinScaleBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest(properties = "cohesion.rate-limit.annotations-per-minute=1000")
class PinScaleBenchmark {

    private static final int PINS = 2_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    DrawingService drawings;
    @Autowired
    CommunityService communities;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserDetailsService users;

    private final UidlWriter uidl = new UidlWriter();
    private final List<String> table = new ArrayList<>();

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void twoThousandPinsOnOneDrawing() {
        KaribuSupport.login(context, "planner");
        long empty = newPlanWithDrawing();
        long planId = newPlanWithDrawing();
        long drawingId = drawings.drawings(planId).get(0).id();
        long wangfang = KaribuSupport.login(context, "wangfang").id();
        long sarah = KaribuSupport.login(context, "sarah").id();
        double fillMs = fill(planId, drawingId, wangfang, sarah);
        if (annotations.count(planId, AnnotationFilter.drawing(drawingId)) != PINS) {
            throw new IllegalStateException("drawing not filled");
        }

        // the service alone: what the panel asks for whenever it opens or refreshes
        row("service: list the 2,000 to draw + count", measure(() -> {
            long start = System.nanoTime();
            annotations.list(planId, AnnotationFilter.drawing(drawingId), 0, PINS);
            annotations.count(planId, AnnotationFilter.drawing(drawingId));
            return new Run(System.nanoTime() - start, null);
        }));

        // opening the workspace, with no pins and with 2,000
        Sample openEmpty = measure(() -> open(empty));
        Sample open = measure(() -> open(planId));
        row("open workspace, drawing with 0 pins", openEmpty);
        row("open workspace, drawing with 2,000 pins", open);
        open(planId);
        Div layer = _get(Div.class, spec -> spec.withClasses("annotation-layer"));
        long pinElements = _get(AnnotationPanel.class).drawn().length();

        @SuppressWarnings("unchecked")
        Grid<AnnotationInfo> grid = _get(Grid.class, spec -> spec.withClasses("annotation-list"));
        row("list: first page (50) + count", measure(() -> {
            long start = System.nanoTime();
            GridKt._fetch(grid, 0, 50);
            GridKt._size(grid);
            return new Run(System.nanoTime() - start, null);
        }));

        @SuppressWarnings("unchecked")
        Select<AnnotationCategory> category = _get(Select.class, spec -> spec.withLabel("Filter by category"));
        AnnotationCategory[] cycle = {AnnotationCategory.CONCERN, null, AnnotationCategory.IDEA, null};
        int[] f = {0};
        row("filter by category (500 of 2,000 <-> all)",
                measure(() -> timed(() -> _setValue(category, cycle[f[0]++ % cycle.length]))));
        _setValue(category, null);
        respond();

        List<AnnotationInfo> items = GridKt._fetch(grid, 0, 200);
        int[] s = {0};
        row("select in the list -> pin highlighted",
                measure(() -> timed(() -> grid.select(items.get(s[0]++ % items.size())))));
        int[] p = {0};
        row("click a pin -> its row selected", measure(() -> {
            long id = items.get(items.size() - 1 - (p[0]++ % items.size())).id();
            JsonObject click = Json.createObject();
            click.put(AnnotationPanel.CLICKED_PIN, String.valueOf(id));
            return timed(() -> ElementUtilsKt._fireDomEvent(layer.getElement(),
                    new DomEvent(layer.getElement(), "click", click)));
        }));

        row("place one more pin (save in the dialog)", measure(() -> {
            _click(_get(Button.class, spec -> spec.withText("Place pin")));
            JsonObject data = Json.createObject();
            data.put("event.offsetX", 120);
            data.put("event.offsetY", 80);
            data.put("element.clientWidth", 800);
            data.put("element.clientHeight", 500);
            ElementUtilsKt._fireDomEvent(layer.getElement(), new DomEvent(layer.getElement(), "click", data));
            Dialog dialog = _get(Dialog.class);
            _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("First comment")), "One more bench here");
            respond();
            return timed(() -> _click(_get(dialog, Button.class, spec -> spec.withText("Save"))));
        }));

        System.out.printf("%nPinScaleBenchmark (H2 in memory, Karibu, one UI): %,d pins on one drawing (batch insert"
                + " %.0f ms); server time of each action incl. writing its response (Vaadin UIDL JSON, not"
                + " compressed by the server); %d runs after %d warm-up%n", PINS, fillMs, RUNS, WARM_UP);
        System.out.printf("%-44s %8s %8s %8s %10s  %s%n", "", "p50 ms", "p95 ms", "max ms", "of which", "response p50,");
        System.out.printf("%-44s %8s %8s %8s %10s  %s%n", "", "", "", "", "handling", "raw (gzip)");
        table.forEach(System.out::println);
        System.out.printf("pin layer: %,d pins drawn in the browser from one JSON payload; they add ~%,d bytes each to the"
                + " workspace's response%n", pinElements, (open.bytes() - openEmpty.bytes()) / Math.max(1, pinElements));
        System.out.println("target: opening and selecting <= 300 ms server time");
        System.out.println("rerun: ./mvnw -B test -Dtest=PinScaleBenchmark -Dexcluded.test.groups=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
    }

    private long newPlanWithDrawing() {
        long planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        drawings.upload(planId, "Site plan", TestImages.png(800, 500));
        return planId;
    }

    /** 2,000 pins by two residents, in four categories, spread over the drawing; a batch insert for speed. */
    private double fill(long planId, long drawingId, long wangfang, long sarah) {
        long start = System.nanoTime();
        AnnotationCategory[] categories = AnnotationCategory.values();
        java.util.Random random = new java.util.Random(4);
        Timestamp at = Timestamp.from(Instant.parse("2026-05-01T08:00:00Z"));
        List<Object[]> rows = new ArrayList<>(PINS);
        for (int i = 1; i <= PINS; i++) {
            String points = String.format(Locale.ROOT, "%.6f,%.6f", random.nextDouble(), random.nextDouble());
            String body = "第 " + i + " 号：这里可以放长椅和遮阳棚。 Pin " + i + ": room for benches and shade here. "
                    .repeat(1 + i % 3);
            rows.add(new Object[] {planId, drawingId, i, points, categories[i % categories.length].name(),
                    body, i % 2 == 0 ? wangfang : sarah, at, at});
        }
        jdbc.batchUpdate("insert into annotation (version, plan_id, drawing_id, number, shape, points, category,"
                + " status, body, author_id, created_at, updated_at, deleted)"
                + " values (0, ?, ?, ?, 'PIN', ?, ?, 'OPEN', ?, ?, ?, ?, false)", rows);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Opens a plan's workspace from the home page (not timed). */
    private Run open(long planId) {
        UI.getCurrent().navigate("");
        respond();
        return timed(() -> UI.getCurrent().navigate("plans/" + planId));
    }

    /** Times an action and the writing of its response. */
    private Run timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        long handled = System.nanoTime();
        String response = respond();
        return new Run(System.nanoTime() - start, handled - start, response);
    }

    /** Writes the response the browser would get now: the UI's pending changes as Vaadin's UIDL JSON. */
    private String respond() {
        return uidl.createUidl(UI.getCurrent(), false).toString();
    }

    /** One run: its server time, of which handling the action, and the response it wrote (or null). */
    private record Run(long nanos, long handlingNanos, String response) {

        Run(long nanos, String response) {
            this(nanos, nanos, response);
        }
    }

    /** A measured action: times in ms (sorted) and the median response sizes in bytes. */
    private record Sample(List<Double> ms, double handlingP50, long bytes, long gzipBytes) {
    }

    private static Sample measure(Supplier<Run> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        List<Double> handling = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        List<Long> gzipSizes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Run run = work.get();
            ms.add(run.nanos() / 1e6);
            handling.add(run.handlingNanos() / 1e6);
            if (run.response() != null) {
                sizes.add((long) run.response().getBytes(StandardCharsets.UTF_8).length);
                gzipSizes.add(gzipped(run.response()));
            }
        }
        Collections.sort(ms);
        Collections.sort(sizes);
        Collections.sort(gzipSizes);
        Collections.sort(handling);
        double handlingP50 = handling.get(handling.size() / 2);
        return sizes.isEmpty() ? new Sample(ms, handlingP50, 0, 0)
                : new Sample(ms, handlingP50, sizes.get(sizes.size() / 2), gzipSizes.get(gzipSizes.size() / 2));
    }

    private void row(String what, Sample s) {
        List<Double> sorted = s.ms();
        String response = s.bytes() == 0 ? "" : String.format(Locale.ROOT, "%,d B (%,d B)", s.bytes(), s.gzipBytes());
        table.add(String.format(Locale.ROOT, "%-44s %8.1f %8.1f %8.1f %10.1f  %s", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), s.handlingP50(), response));
    }

    private static long gzipped(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
