package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cohesion.synthesis.Export;
import org.cohesion.synthesis.ExportLabels;
import org.cohesion.synthesis.SummaryExportService;
import org.springframework.stereotype.Component;

/**
 * The download links of a summary: CSV of all contributions for builders, Markdown and PDF of the published
 * summary for everyone who reads it. Each download reads the data afresh, in the reader's language.
 */
@Component
class SummaryExports {

    private final SummaryExportService exports;

    SummaryExports(SummaryExportService exports) {
        this.exports = exports;
    }

    void addBuilderLinks(Div links, long planId) {
        links.add(anchor(links, "synthesis.export.csv", "synthesis-export-csv",
                t -> Optional.of(exports.csv(planId, t))));
        addReaderLinks(links, planId);
    }

    void addReaderLinks(Div links, long planId) {
        links.add(anchor(links, "synthesis.export.markdown", "synthesis-export-md", t -> exports.markdown(planId, t)));
        links.add(anchor(links, "synthesis.export.pdf", "synthesis-export-pdf", t -> exports.pdf(planId, t)));
    }

    private static Anchor anchor(Div context, String key, String className,
                                 Function<ExportLabels, Optional<Export>> make) {
        Locale locale = UI.getCurrent().getLocale();
        ExportLabels labels = (k, args) -> context.getTranslation(locale, k, args);
        Anchor anchor = new Anchor(handler(make, labels), AttachmentType.DOWNLOAD, context.getTranslation(key));
        anchor.addClassName(className);
        anchor.addClassName("synthesis-export");
        return anchor;
    }

    static DownloadHandler handler(Function<ExportLabels, Optional<Export>> make, ExportLabels labels) {
        return (DownloadEvent event) -> write(event, make.apply(labels));
    }

    private static void write(DownloadEvent event, Optional<Export> export) throws IOException {
        if (export.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        Export e = export.get();
        event.setFileName(e.fileName());
        event.setContentType(e.contentType());
        event.setContentLength(e.bytes().length);
        event.getOutputStream().write(e.bytes());
    }
}
