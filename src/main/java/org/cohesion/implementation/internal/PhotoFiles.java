package org.cohesion.implementation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.cohesion.base.Validation;

/**
 * Checks an uploaded photo by its content, never its name: at most {@link #MAX_BYTES}, JPEG, PNG or WebP by its
 * first bytes, and for JPEG and PNG a header that gives a size (WebP: a consistent RIFF container with a VP8
 * image chunk, as ImageIO cannot read WebP).
 */
public final class PhotoFiles {

    /** The largest photo accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private PhotoFiles() {
    }

    /** The photo's content type, or null with the problem recorded under {@code file}. */
    public static String check(Validation v, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            v.reject("file", "implementation.photo.not-an-image");
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            v.reject("file", "implementation.photo.too-large", MAX_BYTES / (1024 * 1024));
            return null;
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg"
                : isWebp(bytes) ? "image/webp" : null;
        if (type == null || (!"image/webp".equals(type) && !readable(type, bytes))) {
            v.reject("file", "implementation.photo.not-an-image");
            return null;
        }
        return type;
    }

    private static boolean isWebp(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return false;
        }
        long riffSize = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        return riffSize + 8 == b.length && (ascii(b, 12, "VP8 ") || ascii(b, 12, "VP8L") || ascii(b, 12, "VP8X"));
    }

    private static boolean readable(String type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static boolean ascii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
