package org.cohesion.annotation;

/** A point on a drawing, relative to its width ({@code x}) and height ({@code y}): 0..1 each. */
public record Point(double x, double y) {

    /** Whether the point lies on the drawing. */
    public boolean onDrawing() {
        return Double.isFinite(x) && Double.isFinite(y) && x >= 0 && x <= 1 && y >= 0 && y <= 1;
    }
}
