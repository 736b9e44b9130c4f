package org.cohesion.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a simple demo site plan (lawns, trees, a pond, buildings, paths, a plaza, the site boundary, a north
 * arrow and a scale bar) as a PNG. The same seed always gives the same drawing. No fonts are used: the few
 * characters (N, digits, m) are drawn as strokes, so it works on servers without any fonts installed.
 */
public final class SiteDrawingGenerator {

    /** Width of the generated drawing in pixels. */
    public static final int WIDTH = 1600;
    /** Height of the generated drawing in pixels. */
    public static final int HEIGHT = 1000;

    private static final Color PAPER = new Color(0xF4F1E8);
    private static final Color GRID = new Color(0xE6E1D3);
    private static final Color ROAD = new Color(0xBDBAB3);
    private static final Color ROAD_EDGE = new Color(0x8F8C85);
    private static final Color LAWN = new Color(0xC4E0A8);
    private static final Color LAWN_EDGE = new Color(0x8DB86B);
    private static final Color TREE = new Color(0x6FA457);
    private static final Color TREE_EDGE = new Color(0x3F6E2F);
    private static final Color WATER = new Color(0xA7CFEA);
    private static final Color WATER_EDGE = new Color(0x5A8FBA);
    private static final Color PATH = new Color(0xE3D2AC);
    private static final Color PATH_EDGE = new Color(0xB59F6E);
    private static final Color BUILDING = new Color(0xD2CCC1);
    private static final Color BUILDING_EDGE = new Color(0x5E574C);
    private static final Color PLAZA = new Color(0xE9E4DA);
    private static final Color BOUNDARY = new Color(0xC0392B);
    private static final Color INK = new Color(0x2B2B2B);

    private static final int SITE_LEFT = 150;
    private static final int SITE_TOP = 70;
    private static final int SITE_RIGHT = WIDTH - 70;
    private static final int SITE_BOTTOM = HEIGHT - 170;

    private enum Feature { LAWN, POND, BUILDINGS, PLAZA }

    private SiteDrawingGenerator() {
    }

    /** A 1600×1000 PNG site plan; the seed (e.g. the plan's title) decides the layout. */
    public static byte[] generate(String seed) {
        BufferedImage image = render(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage render(String seed) {
        long s = (seed == null ? 0 : seed.hashCode()) * 0x9E3779B97F4A7C15L;
        Random random = new Random(s);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            background(g);
            roads(g);
            List<Rectangle2D> cells = cells();
            List<Feature> features = new ArrayList<>(List.of(Feature.LAWN, Feature.LAWN, Feature.POND,
                    Feature.BUILDINGS, Feature.BUILDINGS, Feature.PLAZA));
            Collections.shuffle(features, random);
            List<Point2D> anchors = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                anchors.add(jitter(cells.get(i), random));
            }
            for (int i = 0; i < cells.size(); i++) {
                if (features.get(i) == Feature.LAWN) {
                    lawn(g, cells.get(i), random);
                } else if (features.get(i) == Feature.POND) {
                    pond(g, cells.get(i), random);
                }
            }
            paths(g, anchors, random);
            for (int i = 0; i < cells.size(); i++) {
                if (features.get(i) == Feature.BUILDINGS) {
                    buildings(g, cells.get(i), random);
                } else if (features.get(i) == Feature.PLAZA) {
                    plaza(g, anchors.get(i), random);
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                if (features.get(i) == Feature.LAWN) {
                    trees(g, cells.get(i), random, 5 + random.nextInt(6));
                }
            }
            boundary(g);
            legend(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void background(Graphics2D g) {
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(GRID);
        g.setStroke(new BasicStroke(1f));
        for (int x = 0; x < WIDTH; x += 50) {
            g.drawLine(x, 0, x, HEIGHT);
        }
        for (int y = 0; y < HEIGHT; y += 50) {
            g.drawLine(0, y, WIDTH, y);
        }
    }

    private static void roads(Graphics2D g) {
        Rectangle2D west = new Rectangle2D.Double(40, 0, 70, HEIGHT);
        Rectangle2D south = new Rectangle2D.Double(0, HEIGHT - 120, WIDTH, 70);
        for (Rectangle2D road : List.of(west, south)) {
            g.setColor(ROAD);
            g.fill(road);
            g.setColor(ROAD_EDGE);
            g.setStroke(new BasicStroke(2f));
            g.draw(road);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {24f, 18f}, 0f));
        g.drawLine(75, 0, 75, HEIGHT - 120);
        g.drawLine(110, HEIGHT - 85, WIDTH, HEIGHT - 85);
    }

    private static List<Rectangle2D> cells() {
        List<Rectangle2D> cells = new ArrayList<>();
        double w = (SITE_RIGHT - SITE_LEFT) / 3.0;
        double h = (SITE_BOTTOM - SITE_TOP) / 2.0;
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                cells.add(new Rectangle2D.Double(SITE_LEFT + col * w, SITE_TOP + row * h, w, h));
            }
        }
        return cells;
    }

    private static Point2D jitter(Rectangle2D cell, Random random) {
        return new Point2D.Double(cell.getCenterX() + (random.nextDouble() - 0.5) * cell.getWidth() * 0.3,
                cell.getCenterY() + (random.nextDouble() - 0.5) * cell.getHeight() * 0.3);
    }

    private static void lawn(Graphics2D g, Rectangle2D cell, Random random) {
        double inset = 20 + random.nextInt(20);
        Shape lawn = new RoundRectangle2D.Double(cell.getX() + inset, cell.getY() + inset,
                cell.getWidth() - 2 * inset, cell.getHeight() - 2 * inset, 80, 80);
        fillAndOutline(g, lawn, LAWN, LAWN_EDGE, 2f);
    }

    private static void trees(Graphics2D g, Rectangle2D cell, Random random, int count) {
        for (int i = 0; i < count; i++) {
            double r = 14 + random.nextInt(16);
            double x = cell.getX() + 75 + random.nextDouble() * (cell.getWidth() - 150);
            double y = cell.getY() + 75 + random.nextDouble() * (cell.getHeight() - 150);
            fillAndOutline(g, new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), TREE, TREE_EDGE, 2f);
            g.setColor(TREE_EDGE);
            g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
        }
    }

    private static void pond(Graphics2D g, Rectangle2D cell, Random random) {
        int points = 9;
        double cx = cell.getCenterX();
        double cy = cell.getCenterY();
        double rx = cell.getWidth() * 0.36;
        double ry = cell.getHeight() * 0.34;
        Point2D[] ring = new Point2D[points];
        for (int i = 0; i < points; i++) {
            double a = 2 * Math.PI * i / points;
            double k = 0.75 + random.nextDouble() * 0.3;
            ring[i] = new Point2D.Double(cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k);
        }
        Path2D.Double blob = new Path2D.Double();
        Point2D start = mid(ring[points - 1], ring[0]);
        blob.moveTo(start.getX(), start.getY());
        for (int i = 0; i < points; i++) {
            Point2D next = mid(ring[i], ring[(i + 1) % points]);
            blob.quadTo(ring[i].getX(), ring[i].getY(), next.getX(), next.getY());
        }
        blob.closePath();
        fillAndOutline(g, blob, WATER, WATER_EDGE, 3f);
        g.setColor(new Color(0xD3E7F5));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            double y = cy - ry * 0.3 + i * ry * 0.3;
            g.draw(new Path2D.Double(new java.awt.geom.QuadCurve2D.Double(cx - rx * 0.35, y, cx, y - 8,
                    cx + rx * 0.35, y)));
        }
    }

    private static void paths(Graphics2D g, List<Point2D> anchors, Random random) {
        // a loop through the cells in the order 0-1-2-5-4-3, plus an entrance from the south road
        int[] order = {0, 1, 2, 5, 4, 3, 0};
        Path2D.Double path = new Path2D.Double();
        path.moveTo(anchors.get(0).getX(), anchors.get(0).getY());
        for (int i = 1; i < order.length; i++) {
            Point2D a = anchors.get(order[i - 1]);
            Point2D b = anchors.get(order[i]);
            double bend = (random.nextDouble() - 0.5) * 160;
            double mx = (a.getX() + b.getX()) / 2 + bend;
            double my = (a.getY() + b.getY()) / 2 - bend;
            path.quadTo(mx, my, b.getX(), b.getY());
        }
        Point2D entrance = anchors.get(4);
        path.moveTo(entrance.getX(), entrance.getY());
        path.lineTo(entrance.getX() + (random.nextDouble() - 0.5) * 80, HEIGHT - 120);
        g.setColor(PATH_EDGE);
        g.setStroke(new BasicStroke(20f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(PATH);
        g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void buildings(Graphics2D g, Rectangle2D cell, Random random) {
        int count = 1 + random.nextInt(3);
        double slotWidth = (cell.getWidth() - 60) / count;
        for (int i = 0; i < count; i++) {
            double w = slotWidth * (0.55 + random.nextDouble() * 0.3);
            double h = cell.getHeight() * (0.35 + random.nextDouble() * 0.3);
            double x = cell.getX() + 30 + i * slotWidth + (slotWidth - w) / 2;
            double y = cell.getY() + (cell.getHeight() - h) / 2 + (random.nextDouble() - 0.5) * 40;
            Shape building = new Rectangle2D.Double(x, y, w, h);
            double angle = Math.toRadians((random.nextDouble() - 0.5) * 12);
            building = AffineTransform.getRotateInstance(angle, x + w / 2, y + h / 2).createTransformedShape(building);
            fillAndOutline(g, building, BUILDING, BUILDING_EDGE, 3f);
            // roof ridge: a diagonal cross, as site plans often mark buildings
            Shape ridge = AffineTransform.getRotateInstance(angle, x + w / 2, y + h / 2)
                    .createTransformedShape(new Path2D.Double(new Rectangle2D.Double(x + 8, y + 8, w - 16, h - 16)));
            g.setColor(new Color(0xB9B1A3));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(ridge);
        }
    }

    private static void plaza(Graphics2D g, Point2D centre, Random random) {
        double r = 70 + random.nextInt(30);
        fillAndOutline(g, new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r),
                PLAZA, PATH_EDGE, 3f);
        g.setColor(new Color(0xCFC7B7));
        g.setStroke(new BasicStroke(1.5f));
        for (double rr = r - 18; rr > 10; rr -= 18) {
            g.draw(new Ellipse2D.Double(centre.getX() - rr, centre.getY() - rr, 2 * rr, 2 * rr));
        }
        // benches around the plaza
        g.setColor(INK);
        for (int i = 0; i < 4; i++) {
            double a = Math.PI / 4 + i * Math.PI / 2;
            double bx = centre.getX() + Math.cos(a) * (r + 18);
            double by = centre.getY() + Math.sin(a) * (r + 18);
            Shape bench = AffineTransform.getRotateInstance(a + Math.PI / 2, bx, by)
                    .createTransformedShape(new Rectangle2D.Double(bx - 14, by - 4, 28, 8));
            g.fill(bench);
        }
    }

    private static void boundary(Graphics2D g) {
        g.setColor(BOUNDARY);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {28f, 10f, 6f, 10f}, 0f));
        g.draw(new Rectangle2D.Double(SITE_LEFT - 15, SITE_TOP - 15, SITE_RIGHT - SITE_LEFT + 30,
                SITE_BOTTOM - SITE_TOP + 30));
    }

    /** A legend box in the bottom right corner, as on a drawing sheet: north arrow and scale bar. */
    private static void legend(Graphics2D g) {
        Rectangle2D box = new Rectangle2D.Double(WIDTH - 440, HEIGHT - 140, 420, 125);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(INK);
        g.setStroke(new BasicStroke(2f));
        g.draw(box);
        northArrow(g, box.getX() + 60, box.getY() + 75);
        scaleBar(g, box.getX() + 140, box.getY() + 75);
    }

    private static void northArrow(Graphics2D g, double cx, double cy) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(cx - 38, cy - 38, 76, 76));
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, cy - 32);
        left.lineTo(cx - 13, cy + 24);
        left.lineTo(cx, cy + 14);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, cy - 32);
        right.lineTo(cx + 13, cy + 24);
        right.lineTo(cx, cy + 14);
        right.closePath();
        g.fill(left);
        g.draw(right);
        // the letter N above the circle
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        StrokeFont.draw(g, "N", cx - 7, cy - 66, 14, 20);
    }

    private static void scaleBar(Graphics2D g, double x, double y) {
        double segment = 60; // 60 px = 10 m in the demo drawings
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D box = new Rectangle2D.Double(x + i * segment, y, segment, 14);
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(box);
            g.setColor(INK);
            g.draw(box);
        }
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        String[] labels = {"0", "10", "20", "30", "40"};
        for (int i = 0; i < labels.length; i++) {
            double width = StrokeFont.width(labels[i], 10);
            StrokeFont.draw(g, labels[i], x + i * segment - width / 2, y - 26, 10, 16);
        }
        StrokeFont.draw(g, "m", x + 4 * segment + 10, y - 2, 10, 16);
    }

    private static Point2D mid(Point2D a, Point2D b) {
        return new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }

    private static void fillAndOutline(Graphics2D g, Shape shape, Color fill, Color edge, float width) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** Digits, N and m as polylines on a 0..1 box, drawn with the current stroke. */
    private static final class StrokeFont {

        private static final java.util.Map<Character, double[][]> GLYPHS = java.util.Map.ofEntries(
                java.util.Map.entry('0', new double[][] {{0, 0, 1, 0, 1, 1, 0, 1, 0, 0}}),
                java.util.Map.entry('1', new double[][] {{0.2, 0.2, 0.6, 0, 0.6, 1}}),
                java.util.Map.entry('2', new double[][] {{0, 0, 1, 0, 1, 0.5, 0, 0.5, 0, 1, 1, 1}}),
                java.util.Map.entry('3', new double[][] {{0, 0, 1, 0, 1, 1, 0, 1}, {0, 0.5, 1, 0.5}}),
                java.util.Map.entry('4', new double[][] {{0, 0, 0, 0.5, 1, 0.5}, {1, 0, 1, 1}}),
                java.util.Map.entry('N', new double[][] {{0, 1, 0, 0, 1, 1, 1, 0}}),
                java.util.Map.entry('m', new double[][] {{0, 1, 0, 0.4, 1, 0.4, 1, 1}, {0.5, 0.4, 0.5, 1}}));

        static double width(String text, double w) {
            return text.length() * w * 1.5 - w * 0.5;
        }

        static void draw(Graphics2D g, String text, double x, double y, double w, double h) {
            for (int i = 0; i < text.length(); i++) {
                double[][] strokes = GLYPHS.get(text.charAt(i));
                if (strokes == null) {
                    continue;
                }
                double left = x + i * w * 1.5;
                for (double[] line : strokes) {
                    Path2D.Double p = new Path2D.Double();
                    p.moveTo(left + line[0] * w, y + line[1] * h);
                    for (int k = 2; k < line.length; k += 2) {
                        p.lineTo(left + line[k] * w, y + line[k + 1] * h);
                    }
                    g.draw(p);
                }
            }
        }
    }
}
