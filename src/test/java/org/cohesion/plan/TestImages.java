package org.cohesion.plan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images (and things that only look like images) for drawing tests. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write(image(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(image(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    /** A PNG of random pixels (which do not compress): about 3 bytes per pixel. */
    public static byte[] noisyPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return write(image, "png");
    }

    /** A text file, whatever name it is given. */
    public static byte[] text() {
        return "These are the minutes of the residents' meeting, not a drawing.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The PNG signature followed by zeros, this many bytes in all. */
    public static byte[] pngSignatureThenZeros(int size) {
        byte[] bytes = new byte[size];
        byte[] png = png(2, 2);
        System.arraycopy(png, 0, bytes, 0, 8);
        return bytes;
    }

    /** A real PNG cut off in the middle of its image data. */
    public static byte[] truncatedPng() {
        byte[] png = png(300, 200);
        return Arrays.copyOf(png, png.length / 2);
    }

    /**
     * A PNG whose header claims the given size but that holds (almost) no image data: reading it whole would
     * need gigabytes, so only its header may be read.
     */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC4E0A8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x5A8FBA));
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
