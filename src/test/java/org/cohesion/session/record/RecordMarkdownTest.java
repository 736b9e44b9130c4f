package org.cohesion.session.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;
import org.junit.jupiter.api.Test;

/** The Markdown export: what people wrote stays text, and the document is well formed. */
class RecordMarkdownTest {

    @Test
    void userTextCannotInjectLinksHeadingsListsTablesOrHtml() {
        assertThat(RecordMarkdown.escape("[click](http://evil.example)"))
                .isEqualTo("\\[click\\](http://evil.example)");
        assertThat(RecordMarkdown.escape("![img](x.png)")).isEqualTo("\\!\\[img\\](x.png)");
        assertThat(RecordMarkdown.escape("# Heading")).isEqualTo("\\# Heading");
        assertThat(RecordMarkdown.escape("- item")).isEqualTo("\\- item");
        assertThat(RecordMarkdown.escape("+ item")).isEqualTo("\\+ item");
        assertThat(RecordMarkdown.escape("1+1 (two)")).isEqualTo("1+1 (two)");
        assertThat(RecordMarkdown.escape("12. item")).isEqualTo("12\\. item");
        assertThat(RecordMarkdown.escape("3) item")).isEqualTo("3\\) item");
        assertThat(RecordMarkdown.escape("=== ")).isEqualTo("\\===");
        assertThat(RecordMarkdown.escape("<script>alert(1)</script>"))
                .isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(RecordMarkdown.escape("a | b")).isEqualTo("a \\| b");
        assertThat(RecordMarkdown.escape("*bold* _it_ `code` ~strike~")).isEqualTo(
                "\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~");
        assertThat(RecordMarkdown.escape("&lt; \\")).isEqualTo("\\&lt; \\\\");
        assertThat(RecordMarkdown.escape("line one\n\n# line two\r\n- three")).isEqualTo(
                "line one \\# line two - three");
        assertThat(RecordMarkdown.escape("  更多树荫 2024-05-01 3.5 m ")).isEqualTo("更多树荫 2024-05-01 3.5 m");
        assertThat(RecordMarkdown.escape(null)).isEmpty();
    }

    @Test
    void theDocumentHasATitleFactsPartsAListsAndAWellFormedTable() {
        String md = RecordMarkdown.render(document());
        List<String> lines = Arrays.asList(md.split("\n", -1));
        assertThat(md).endsWith("\n").doesNotContain("\n\n\n");
        assertThat(lines.get(0)).isEqualTo("# Session record: Walk \\[x\\](y)");
        assertThat(lines).filteredOn(l -> l.startsWith("# ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("## "))
                .containsExactly("## Attendance", "## Agenda covered", "## Comments");
        assertThat(lines).contains("- Plan: Pocket park 口袋公园",
                "| Name | Time present |",
                "| --- | --- |",
                "| \\# Lao Zhang \\| guest | 5 min |",
                "1. **Welcome** — current from 19:05",
                "2. **Goals** — not reached",
                "- **Wang Fang · 19:10** — \\[click\\](http://evil) \\# not a heading",
                "### A sub-heading");
        // every table row has as many cells as the header: unescaped pipes only between cells
        assertThat(lines).filteredOn(l -> l.startsWith("|"))
                .allSatisfy(l -> assertThat(l.replace("\\|", "").chars().filter(c -> c == '|').count())
                        .isEqualTo(3));
        // a blank line before each block, so that nothing runs into the part above
        int table = lines.indexOf("| Name | Time present |");
        assertThat(lines.get(table - 1)).isEmpty();
    }

    @Test
    void theFileNameHasTheTitleAndTheDateOfTheSession() {
        RecordDocument doc = document();
        assertThat(RecordMarkdown.fileName(doc)).isEqualTo("Walk-xy-2026-05-01.md");
        SessionSummary chinese = new SessionSummary(1, 2, "Plan", "居民议事会: 口袋公园 / Residents' meeting",
                Instant.parse("2026-05-01T11:00:00Z"), SessionStatus.ENDED, "ABCDEF", true,
                Instant.parse("2026-04-30T17:30:00Z"), Instant.parse("2026-04-30T18:30:00Z"));
        assertThat(RecordMarkdown.fileName(new RecordDocument(record(chinese), "t", List.of(), List.of())))
                .as("started 01:30 on 1 May in Shanghai").isEqualTo("居民议事会-口袋公园-Residents-meeting-2026-05-01.md");
        SessionSummary symbols = new SessionSummary(1, 2, "Plan", "???", Instant.parse("2026-05-01T11:00:00Z"),
                SessionStatus.ENDED, "ABCDEF", true, null, Instant.parse("2026-05-01T12:00:00Z"));
        assertThat(RecordMarkdown.fileName(new RecordDocument(record(symbols), "t", List.of(), List.of())))
                .isEqualTo("session-2026-05-01.md");
    }

    private static RecordDocument document() {
        SessionSummary s = new SessionSummary(1, 2, "Pocket park 口袋公园", "Walk [x](y)",
                Instant.parse("2026-05-01T11:00:00Z"), SessionStatus.ENDED, "ABCDEF", true,
                Instant.parse("2026-05-01T11:00:00Z"), Instant.parse("2026-05-01T12:00:00Z"));
        return new RecordDocument(record(s), "Session record: Walk [x](y)", List.of("Plan: Pocket park 口袋公园"),
                List.of(new RecordPart("attendance", "Attendance", new RecordBlock.Table(
                                List.of("Name", "Time present"), List.of(List.of("# Lao Zhang | guest", "5 min")))),
                        new RecordPart("agenda", "Agenda covered", new RecordBlock.Text("1 of 2 items covered"),
                                new RecordBlock.Items(List.of(new RecordItem("Welcome", "current from 19:05"),
                                        new RecordItem("Goals", "not reached")), true)),
                        new RecordPart("comments", "Comments", new RecordBlock.Items(List.of(new RecordItem(
                                "Wang Fang · 19:10", "[click](http://evil)\n# not a heading", "plans/2")), false),
                                new RecordBlock.Heading("A sub-heading"))));
    }

    private static SessionRecord record(SessionSummary s) {
        return new SessionRecord(s, "Host", List.of(), List.of(), List.of(), false, List.of(), false);
    }
}
