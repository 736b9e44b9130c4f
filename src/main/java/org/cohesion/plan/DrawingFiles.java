package org.cohesion.plan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.cohesion.base.Validation;

/**
 * Checks an uploaded site drawing: its size, its type judged by its first bytes (never by its name), its
 * dimensions read from the image header, and that it really decodes.
 */
final class DrawingFiles {

    /** The largest file accepted: 10 MB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most pixels a drawing may have along either side. */
    static final int MAX_SIDE = 8000;
    /** The most characters of a drawing's title. */
    static final int MAX_TITLE = 200;

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Full decoding keeps at most about this many pixels per side in memory (the rest is subsampled away). */
    private static final int VERIFY_SIDE = 1000;

    /** What was learnt about an acceptable file. */
    record Checked(String contentType, int width, int height) {
    }

    private DrawingFiles() {
    }

    /**
     * Checks the file and reports problems under the field {@code file}; returns null when the file is not
     * acceptable (the problem is then recorded in {@code v}).
     */
    static Checked check(Validation v, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            v.reject("file", "plan.drawing.not-an-image");
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            v.reject("file", "plan.drawing.too-large", MAX_BYTES / (1024 * 1024));
            return null;
        }
        String type = sniff(bytes);
        if (type == null) {
            v.reject("file", "plan.drawing.not-an-image");
            return null;
        }
        try {
            ImageReader reader = readerFor(type);
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    v.reject("file", "plan.drawing.not-an-image");
                    return null;
                }
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    v.reject("file", "plan.drawing.too-big-dimensions", MAX_SIDE);
                    return null;
                }
                verifyDecodes(reader, width, height);
                return new Checked(type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken files with IIOException, but also with runtime exceptions of its own
            v.reject("file", "plan.drawing.not-an-image");
            return null;
        }
    }

    /** PNG or JPEG by the file's first bytes, else null. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return JPEG;
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ImageReader readerFor(String type) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IOException("No image reader for " + type);
        }
        return readers.next();
    }

    /**
     * Decodes all of the image data, keeping only every n-th pixel so memory stays small whatever the size.
     * JPEG is read as a raster, so CMYK files (which browsers show but ImageIO cannot colour-convert) pass.
     */
    private static void verifyDecodes(ImageReader reader, int width, int height) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, (Math.max(width, height) + VERIFY_SIDE - 1) / VERIFY_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        if (reader.canReadRaster()) {
            reader.readRaster(0, param);
        } else {
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new IOException("Nothing decoded");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
