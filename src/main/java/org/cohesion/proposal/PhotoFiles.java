package org.cohesion.proposal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Checks a proposal's photo: at most 5 MB, its type judged by its first bytes (never its name), and its content:
 * JPEG and PNG must decode; WebP (which the JDK cannot decode) must have a consistent RIFF container and a valid
 * VP8, VP8L or VP8X header with sane dimensions.
 */
final class PhotoFiles {

    /** The largest photo accepted: 5 MB. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most pixels a photo may have along either side. */
    static final int MAX_SIDE = 10_000;

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String WEBP = "image/webp";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int VERIFY_SIDE = 1000;

    private PhotoFiles() {
    }

    /** The content type of an acceptable photo; null (with the problem recorded under "photo") otherwise. */
    static String check(Validation v, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            v.reject("photo", "proposal.photo.not-an-image");
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            v.reject("photo", "proposal.photo.too-large", MAX_BYTES / (1024 * 1024));
            return null;
        }
        String type = sniff(bytes);
        boolean ok = type != null && (WEBP.equals(type) ? webpIsSound(bytes) : decodes(type, bytes));
        if (!ok) {
            v.reject("photo", "proposal.photo.not-an-image");
            return null;
        }
        return type;
    }

    /** PNG, JPEG or WebP by the file's first bytes, else null. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return JPEG;
        }
        if (bytes.length >= 12 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            return WEBP;
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

    private static boolean decodes(String type, byte[] bytes) {
        try {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(width, height) + VERIFY_SIDE - 1) / VERIFY_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param);
                } else {
                    BufferedImage image = reader.read(0, param);
                    return image != null;
                }
                return true;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken files with IIOException, but also with runtime exceptions of its own
            return false;
        }
    }

    /** The RIFF chunks add up exactly, and the first image chunk has a valid header and dimensions. */
    static boolean webpIsSound(byte[] b) {
        long riffSize = u32(b, 4);
        if (riffSize + 8 != b.length || b.length < 20) {
            return false;
        }
        int offset = 12;
        boolean image = false;
        boolean first = true;
        while (offset < b.length) {
            if (offset + 8 > b.length) {
                return false;
            }
            String fourcc = new String(b, offset, 4, StandardCharsets.US_ASCII);
            long size = u32(b, offset + 4);
            long end = offset + 8L + size + (size & 1);
            if (end > b.length + (size & 1)) {
                return false;
            }
            int data = offset + 8;
            switch (fourcc) {
                case "VP8 " -> {
                    if (!vp8(b, data, size)) {
                        return false;
                    }
                    image = true;
                }
                case "VP8L" -> {
                    if (!vp8l(b, data, size)) {
                        return false;
                    }
                    image = true;
                }
                case "VP8X" -> {
                    if (!first || size < 10 || !sides(1 + u24(b, data + 4), 1 + u24(b, data + 7))) {
                        return false;
                    }
                }
                case "ANMF" -> image = true;
                default -> {
                    if (first) {
                        return false;
                    }
                }
            }
            first = false;
            offset = (int) Math.min(end, b.length);
        }
        return image;
    }

    private static boolean vp8(byte[] b, int data, long size) {
        if (size < 10) {
            return false;
        }
        boolean keyFrame = (b[data] & 1) == 0;
        boolean startCode = (b[data + 3] & 0xFF) == 0x9D && (b[data + 4] & 0xFF) == 0x01
                && (b[data + 5] & 0xFF) == 0x2A;
        return keyFrame && startCode && sides(u16(b, data + 6) & 0x3FFF, u16(b, data + 8) & 0x3FFF);
    }

    private static boolean vp8l(byte[] b, int data, long size) {
        if (size < 5 || (b[data] & 0xFF) != 0x2F) {
            return false;
        }
        long bits = u32(b, data + 1);
        int width = (int) (bits & 0x3FFF) + 1;
        int height = (int) ((bits >> 14) & 0x3FFF) + 1;
        int versionBits = (int) (bits >> 29);
        return versionBits == 0 && sides(width, height);
    }

    private static boolean sides(long width, long height) {
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int i) {
        return u16(b, i) | (b[i + 2] & 0xFF) << 16;
    }

    private static long u32(byte[] b, int i) {
        return (u24(b, i) | (long) (b[i + 3] & 0xFF) << 24);
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        return new String(b, offset, text.length(), StandardCharsets.US_ASCII).equals(text);
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
