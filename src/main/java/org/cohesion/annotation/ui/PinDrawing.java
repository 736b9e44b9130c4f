package org.cohesion.annotation.ui;

import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.Point;

/**
 * Draws pins and areas over a drawing in the browser from one compact JSON payload (a pin is about 150 bytes
 * instead of a server-side element of about 1 KB): pins as numbered buttons coloured by category (class
 * {@code annotation-pin category-*}, with the given accessible label), areas as SVG polygons. The pins and areas
 * containers get no server-side children. Used by the plan workspace and by a live session's room.
 */
public final class PinDrawing {

    /** The id of the pin a click landed on (event data), or '' for a click elsewhere on the stage. */
    public static final String CLICKED_PIN = "(event.target.closest('.annotation-pin') || {dataset: {}}).dataset.id || ''";
    private static final String DRAW = """
            const pins = $0, areas = $1, items = JSON.parse($2), selected = $3;
            pins.textContent = '';
            while (areas.firstChild) areas.removeChild(areas.firstChild);
            const ns = 'http://www.w3.org/2000/svg';
            const drawn = document.createDocumentFragment();
            for (const a of items) {
              const on = String(a.id) === selected;
              if (a.p) {
                const area = document.createElementNS(ns, 'polygon');
                area.setAttribute('points', a.p);
                area.setAttribute('class', 'annotation-area category-' + a.c + (on ? ' selected' : ''));
                area.dataset.id = a.id;
                areas.appendChild(area);
              }
              const pin = document.createElement('button');
              pin.type = 'button';
              pin.className = 'annotation-pin category-' + a.c + (on ? ' selected' : '');
              pin.dataset.id = a.id;
              pin.dataset.number = a.n;
              pin.setAttribute('aria-label', a.l);
              pin.setAttribute('aria-pressed', String(on));
              pin.style.left = a.x + '%';
              pin.style.top = a.y + '%';
              pin.textContent = a.n;
              drawn.appendChild(pin);
            }
            pins.appendChild(drawn);""";
    private static final String HIGHLIGHT = """
            const pins = $0, areas = $1, id = $2;
            for (const e of [...pins.querySelectorAll('.selected'), ...areas.querySelectorAll('.selected')]) {
              e.classList.remove('selected');
              if (e.tagName === 'BUTTON') e.setAttribute('aria-pressed', 'false');
            }
            for (const e of [...pins.querySelectorAll('[data-id="' + id + '"]'),
                             ...areas.querySelectorAll('[data-id="' + id + '"]')]) {
              e.classList.add('selected');
              if (e.tagName === 'BUTTON') e.setAttribute('aria-pressed', 'true');
            }""";

    private PinDrawing() {
    }

    /**
     * Replaces what {@code pins} and {@code areas} show with the annotations, marking {@code selected} (may be
     * null); {@code label} gives each pin's accessible label. Returns the payload sent (for tests).
     */
    public static JsonArray draw(Element host, Element pins, Element areas, List<AnnotationInfo> shown,
                                 Long selected, Function<AnnotationInfo, String> label) {
        JsonArray items = Json.createArray();
        for (AnnotationInfo a : shown) {
            JsonObject item = Json.createObject();
            Point at = a.anchor();
            item.put("id", a.id());
            item.put("n", a.number());
            item.put("c", a.category().name().toLowerCase(Locale.ROOT));
            item.put("x", Math.round(at.x() * 1_000_000) / 10_000.0);
            item.put("y", Math.round(at.y() * 1_000_000) / 10_000.0);
            item.put("l", label.apply(a));
            if (a.shape() == AnnotationShape.AREA) {
                item.put("p", svgPoints(a.points()));
            }
            items.set(items.length(), item);
        }
        host.executeJs(DRAW, pins, areas, items.toJson(), selected == null ? "" : String.valueOf(selected));
        return items;
    }

    /** Marks one annotation's pin and area (null: none) in the browser; only the two concerned change. */
    public static void highlight(Element host, Element pins, Element areas, Long id) {
        host.executeJs(HIGHLIGHT, pins, areas, id == null ? "" : String.valueOf(id));
    }

    /** Points as an SVG {@code points} attribute in percent of the drawing. */
    public static String svgPoints(List<Point> points) {
        return points.stream().map(p -> String.format(Locale.ROOT, "%.4f,%.4f", p.x() * 100, p.y() * 100))
                .collect(Collectors.joining(" "));
    }
}
