package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** CSV, Markdown and PDF exports: content, escaping, no hidden content, display names only, Chinese in the PDF. */
class SummaryExportTest extends KaribuTest {

    @Autowired
    SummaryExportService exports;
    @Autowired
    SummaryService summaries;
    @Autowired
    I18NProvider i18n;

    SynthesisFixture f;
    ExportLabels english;
    ExportLabels chinese;

    @BeforeEach
    void fixture() throws Exception {
        f = SynthesisFixture.create(context, this::login);
        english = (k, args) -> i18n.getTranslation(k, Locale.ENGLISH, args);
        chinese = (k, args) -> i18n.getTranslation(k, Locale.SIMPLIFIED_CHINESE, args);
    }

    private void publish(List<SummaryLine> lines) {
        login("planner");
        SummaryDraft d = summaries.saveDraft(f.planId, summaries.draft(f.planId).version(), lines);
        summaries.publish(f.planId, d.version());
    }

    @Test
    void csvHasEveryVisibleContributionFormulaSafeWithDisplayNamesOnly() {
        login("sarah");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        CommentView deleted = discussion.post(discussion.threadFor(f.planId, SubjectType.GENERAL, null).id(), null,
                "A secret I took back");
        discussion.delete(deleted.id());
        login("planner");
        Export csv = exports.csv(f.planId, english);
        assertThat(csv.fileName()).startsWith("Synthesis-").endsWith(".csv");
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
        String[] rows = text.split("\r\n");
        assertThat(rows).hasSize(7);
        assertThat(rows[0]).startsWith("\"Reference\",\"Kind\",\"Category\",\"Status\",\"Text\"");
        assertThat(text).contains("\"'=cmd|' /C calc'!A0, \"\"quoted\"\" text\"")
                .contains("\"王芳 Wang Fang\"", "\"Sarah Miller\"", "\"Resident\"", "\"Site drawings\"",
                        "\"North-west\"", "\"让老人\"", "\"Too dark at night <script>x</script>\"")
                .doesNotContain("A secret I took back", "wangfang", "\"sarah\"", "@");
        assertThat(new String(exports.csv(f.planId, chinese).bytes(), StandardCharsets.UTF_8))
                .contains("\"编号\"", "\"西北\"");
        login("wangfang");
        assertThatThrownBy(() -> exports.csv(f.planId, english)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void markdownOfThePublishedSummaryEscapesWhatPeopleWrote() {
        assertThat(exports.markdown(f.planId, english)).isEmpty();
        publish(List.of(new SummaryLine("# <b>Shade</b> [click](http://evil.example) *please*",
                        List.of("annotation:" + f.pin.id())),
                new SummaryLine("- Lighting\nat night", List.of("annotation:" + f.area.id()))));
        login("wangfang");
        Export md = exports.markdown(f.planId, english).orElseThrow();
        assertThat(md.fileName()).endsWith(".md");
        String text = new String(md.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# What we heard: Synthesis ")
                .contains("1. \\# \\<b\\>Shade\\</b\\> \\[click\\](http://evil.example) \\*please\\*")
                .contains("2. \\- Lighting at night")
                .contains("    - **Idea by 王芳 Wang Fang** 在大树下放几张长椅 benches under the big tree")
                .contains("Too dark at night \\<script\\>x\\</script\\>")
                .contains("Version 1, published ").contains("by 陈静 Chen Jing")
                .doesNotContain("<script>", "wangfang");
    }

    @Test
    void pdfHoldsTheChineseAndEnglishText() throws Exception {
        assertThat(exports.pdf(f.planId, chinese)).isEmpty();
        String longLine = "老人们希望在树荫下多放几张带靠背的长椅。".repeat(30);
        publish(List.of(new SummaryLine("树荫下的长椅 Benches in the shade", List.of("annotation:" + f.pin.id())),
                new SummaryLine(longLine, List.of("annotation:" + f.area.id(), "comment:" + f.general.id()))));
        login("wangfang");
        Export pdf = exports.pdf(f.planId, chinese).orElseThrow();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).endsWith(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("我们听到的声音", "树荫下的长椅 Benches in the shade", "王芳 Wang Fang",
                    "在大树下放几张长椅", "陈静 Chen Jing");
            assertThat(text.replaceAll("\\s", "")).contains(longLine);
        }
    }
}
