package org.cohesion.synthesis;

/** A ninth of a drawing, by the relative position of a pin (or an area's centre): north-west … south-east. */
public enum Region {
    NORTH_WEST, NORTH, NORTH_EAST,
    WEST, CENTRE, EAST,
    SOUTH_WEST, SOUTH, SOUTH_EAST;

    /** The region of a point relative to the drawing (0..1 each; y grows southwards, as on screen). */
    public static Region of(double x, double y) {
        int col = Math.min(2, Math.max(0, (int) Math.floor(x * 3)));
        int row = Math.min(2, Math.max(0, (int) Math.floor(y * 3)));
        return values()[row * 3 + col];
    }

    /** The message key of this region's translated name. */
    public String labelKey() {
        return "synthesis.region." + name().toLowerCase().replace('_', '-');
    }
}
