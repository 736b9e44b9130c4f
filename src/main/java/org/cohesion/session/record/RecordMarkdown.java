package org.cohesion.session.record;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cohesion.base.MarkdownText;

/**
 * Writes a session's record as Markdown (CommonMark with a GFM table for attendance): {@code #} title, the facts
 * as a list, {@code ##} per part. Every text — names, titles, comments — is escaped, so that what people wrote
 * stays text: it cannot open a link, an image, a heading, a list, a table cell or HTML. Line breaks inside a text
 * become spaces (one item or cell per line).
 */
public final class RecordMarkdown {

    /** The district's time zone, as in base.ui.Formats. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private RecordMarkdown() {
    }

    /** The whole record as a Markdown document, ending with a line break. */
    public static String render(RecordDocument doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(doc.title())).append("\n\n");
        for (String fact : doc.facts()) {
            md.append("- ").append(escape(fact)).append('\n');
        }
        for (RecordPart part : doc.parts()) {
            md.append("\n## ").append(escape(part.title())).append('\n');
            for (RecordBlock block : part.blocks()) {
                md.append('\n');
                block(md, block);
            }
        }
        return md.toString();
    }

    private static void block(StringBuilder md, RecordBlock block) {
        if (block instanceof RecordBlock.Text text) {
            md.append(escape(text.text())).append('\n');
        } else if (block instanceof RecordBlock.Heading heading) {
            md.append("### ").append(escape(heading.text())).append('\n');
        } else if (block instanceof RecordBlock.Items items) {
            int n = 1;
            for (RecordItem item : items.items()) {
                md.append(items.numbered() ? (n++) + ". " : "- ");
                String text = escape(item.text());
                if (item.label() != null && !item.label().isBlank()) {
                    md.append("**").append(escape(item.label())).append("**");
                    if (!text.isEmpty()) {
                        md.append(" — ");
                    }
                }
                md.append(text).append('\n');
            }
        } else if (block instanceof RecordBlock.Table table) {
            row(md, table.header());
            md.append('|');
            table.header().forEach(h -> md.append(" --- |"));
            md.append('\n');
            table.rows().forEach(r -> row(md, r));
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(escape(cell)).append(" |");
        }
        md.append('\n');
    }

    /**
     * Text as Markdown that reads as the text itself: line breaks become spaces, control characters go, ASCII
     * punctuation with a meaning is backslash-escaped, and a leading list or heading marker too.
     */
    public static String escape(String text) {
        return MarkdownText.escape(text);
    }

    /**
     * A file name for the record: the session's title (letters, digits, dashes; Chinese kept) and the date it
     * started (or was planned), e.g. {@code Residents-meeting-居民议事会-2026-05-01.md}.
     */
    public static String fileName(RecordDocument doc) {
        var s = doc.record().session();
        Instant day = s.startedAt() != null ? s.startedAt() : s.startsAt();
        String title = s.title().replaceAll("[^\\p{L}\\p{N}\\s_-]", "").strip().replaceAll("[\\s_]+", "-")
                .replaceAll("-{2,}", "-");
        if (title.codePointCount(0, title.length()) > 80) {
            title = title.substring(0, title.offsetByCodePoints(0, 80));
        }
        if (title.isEmpty()) {
            title = "session";
        }
        return title + "-" + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE).format(day) + ".md";
    }
}
