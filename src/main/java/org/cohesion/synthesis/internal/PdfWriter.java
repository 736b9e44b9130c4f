package org.cohesion.synthesis.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a simple A4 document with PDFBox: headings, paragraphs and indented items, wrapped to the page. Chinese
 * is drawn with Droid Sans Fallback (Apache-2.0, {@code fonts/}, embedded as a subset), which has no Latin
 * letters, so Latin text uses the standard Helvetica; each line is split into runs of one font. Characters
 * neither font has are drawn as "?". Lines break at spaces, between Chinese characters, or anywhere in a long word.
 */
public final class PdfWriter implements AutoCloseable {

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final float MARGIN = 56;
    private static final byte[] FONT_BYTES = readFont();
    private static final CmapLookup CJK_CMAP = cmap();

    private final PDDocument doc = new PDDocument();
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont cjk;
    private final Map<Integer, Boolean> latinHas = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    public PdfWriter() {
        try {
            cjk = PDType0Font.load(doc, new RandomAccessReadBuffer(FONT_BYTES), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A heading line (bold for Latin letters). */
    public PdfWriter heading(String text, float size) {
        space(size * 0.6f);
        block(text, size, 0, true);
        return this;
    }

    /** A paragraph. */
    public PdfWriter paragraph(String text, float size) {
        space(size * 0.4f);
        block(text, size, 0, false);
        return this;
    }

    /** An indented item (such as a citation under its line). */
    public PdfWriter item(String text, float size) {
        block("• " + text, size, 16, false);
        return this;
    }

    /** The finished document's bytes. */
    public byte[] bytes() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(String text, float size, float indent, boolean bold) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(clean(text), size, width, bold)) {
            float lineHeight = size * 1.45f;
            if (content == null || y - lineHeight < MARGIN) {
                newPage();
            }
            y -= lineHeight;
            draw(line, MARGIN + indent, y, size, bold);
        }
    }

    private void space(float points) {
        if (content != null) {
            y -= points;
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(String line, float x, float baseline, float size, boolean bold) {
        try {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            for (Run run : runs(line, bold)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(PDFont font, String text) {
    }

    private List<Run> runs(String line, boolean bold) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont font = null;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            PDFont f = fontFor(cp, bold);
            String s = f == null ? "?" : new String(Character.toChars(cp));
            f = f == null ? latin : f;
            if (font != null && f != font) {
                runs.add(new Run(font, current.toString()));
                current.setLength(0);
            }
            font = f;
            current.append(s);
        }
        if (font != null && !current.isEmpty()) {
            runs.add(new Run(font, current.toString()));
        }
        return runs;
    }

    /** The font that draws the character, or null when neither has it. */
    private PDFont fontFor(int cp, boolean bold) {
        if (latinHas.computeIfAbsent(cp, this::latinEncodes)) {
            return bold ? latinBold : latin;
        }
        return CJK_CMAP.getGlyphId(cp) > 0 ? cjk : null;
    }

    private boolean latinEncodes(int cp) {
        try {
            latin.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(int cp, float size, boolean bold) {
        PDFont f = fontFor(cp, bold);
        try {
            return f == null ? latin.getStringWidth("?") / 1000 * size
                    : f.getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return size;
        }
    }

    List<String> wrap(String text, float size, float maxWidth, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            List<Float> widths = new ArrayList<>();
            float w = 0;
            int lastBreak = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                i += Character.charCount(cp);
                float cw = width(cp, size, bold);
                if (w + cw > maxWidth && !line.isEmpty()) {
                    int cut = lastBreak > 0 ? lastBreak : line.length();
                    lines.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(cut).stripLeading();
                    line.setLength(0);
                    line.append(rest);
                    w = 0;
                    for (int j = 0; j < rest.length(); ) {
                        int c = rest.codePointAt(j);
                        j += Character.charCount(c);
                        w += width(c, size, bold);
                    }
                    lastBreak = -1;
                }
                line.appendCodePoint(cp);
                w += cw;
                if (cp == ' ' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                    lastBreak = line.length();
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ')
                .replaceAll("[\\p{Cntrl}&&[^\n]]", "").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static byte[] readFont() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap() {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
