package org.cohesion.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.synthesis.internal.CsvWriter;
import org.cohesion.synthesis.internal.ExportFormat;
import org.cohesion.base.MarkdownText;
import org.cohesion.synthesis.internal.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Downloads of a plan's synthesis: every contribution with its metadata as CSV (for those who build the summary),
 * and the newest published summary as Markdown or PDF (for every member). Exports hold what the views show —
 * visible contributions only, authors by display name only (never a username or e-mail).
 */
@Service
public class SummaryExportService {

    private final SynthesisService synthesis;
    private final SummaryService summaries;
    private final PlanService plans;
    private final Clock clock;

    SummaryExportService(SynthesisService synthesis, SummaryService summaries, PlanService plans, Clock clock) {
        this.synthesis = synthesis;
        this.summaries = summaries;
        this.plans = plans;
        this.clock = clock;
    }

    /** Every visible contribution of the plan as CSV (UTF-8 with BOM, formula-safe); builders only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public Export csv(long planId, ExportLabels t) {
        List<Contribution> all = synthesis.contributions(planId);
        String title = plans.open(planId).value(PlanField.TITLE);
        CsvWriter csv = new CsvWriter();
        csv.row(List.of(t.t("synthesis.csv.id"), t.t("synthesis.csv.kind"), t.t("synthesis.csv.category"),
                t.t("synthesis.csv.status"), t.t("synthesis.csv.text"), t.t("synthesis.csv.quote"),
                t.t("synthesis.csv.author"), t.t("synthesis.csv.group"), t.t("synthesis.csv.created"),
                t.t("synthesis.csv.support"), t.t("synthesis.csv.section"), t.t("synthesis.csv.region"),
                t.t("synthesis.csv.link")));
        for (Contribution c : all) {
            String section = c.section() != null ? t.t(c.section().labelKey())
                    : c.drawingId() != null ? t.t("synthesis.section.drawings") : "";
            String region = c.x() == null ? "" : t.t(Region.of(c.x(), c.y()).labelKey());
            csv.row(List.of(c.id(), t.t(c.kind().labelKey()), t.t(c.category().labelKey()),
                    t.t(c.status().labelKey()), nullToEmpty(c.text()), nullToEmpty(c.quote()), c.authorName(),
                    c.group() == null ? t.t("synthesis.group.none") : t.t(c.group().labelKey()),
                    ExportFormat.time(c.createdAt()), String.valueOf(c.support()), section, region, c.link()));
        }
        return new Export(ExportFormat.fileName(title, "contributions", clock.instant(), "csv"),
                "text/csv; charset=UTF-8", csv.bytes());
    }

    /** The newest published summary as Markdown, every text escaped; empty when none is published. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Export> markdown(long planId, ExportLabels t) {
        return summaries.published(planId).map(s -> new Export(
                ExportFormat.fileName(s.planTitle(), "summary", s.publishedAt(), "md"),
                "text/markdown; charset=UTF-8", markdown(s, t).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The newest published summary as PDF (Chinese embedded as a font subset); empty when none is published. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Export> pdf(long planId, ExportLabels t) {
        return summaries.published(planId).map(s -> new Export(
                ExportFormat.fileName(s.planTitle(), "summary", s.publishedAt(), "pdf"), "application/pdf",
                pdf(s, t)));
    }

    static String markdown(PublishedSummary s, ExportLabels t) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(t.t("synthesis.doc.title", s.planTitle()))).append("\n\n");
        for (String fact : facts(s, t)) {
            md.append("- ").append(MarkdownText.escape(fact)).append('\n');
        }
        md.append("\n## ").append(MarkdownText.escape(t.t("synthesis.heading"))).append('\n');
        int n = 0;
        for (PublishedLine line : s.lines()) {
            md.append('\n').append(++n).append(". ").append(MarkdownText.escape(line.text())).append("\n\n");
            for (Citation c : line.citations()) {
                md.append("    - **").append(MarkdownText.escape(citation(c, t))).append("** ")
                        .append(MarkdownText.escape(c.text())).append('\n');
            }
        }
        return md.toString();
    }

    static byte[] pdf(PublishedSummary s, ExportLabels t) {
        try (PdfWriter pdf = new PdfWriter()) {
            pdf.heading(t.t("synthesis.doc.title", s.planTitle()), 16);
            for (String fact : facts(s, t)) {
                pdf.paragraph(fact, 10);
            }
            pdf.heading(t.t("synthesis.heading"), 13);
            int n = 0;
            for (PublishedLine line : s.lines()) {
                pdf.paragraph((++n) + ". " + line.text(), 11);
                for (Citation c : line.citations()) {
                    pdf.item(citation(c, t) + ": " + c.text(), 9);
                }
            }
            return pdf.bytes();
        }
    }

    private static List<String> facts(PublishedSummary s, ExportLabels t) {
        List<String> facts = new ArrayList<>();
        facts.add(t.t("synthesis.published.by", s.number(), ExportFormat.time(s.publishedAt()), s.authorName()));
        facts.add(t.t("synthesis.published.figures", s.contributions(), s.participants()));
        return facts;
    }

    private static String citation(Citation c, ExportLabels t) {
        return t.t("synthesis.citation.label", t.t(c.category().labelKey()), c.authorName());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
