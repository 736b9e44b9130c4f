package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cohesion.session.record.RecordBlock;
import org.cohesion.session.record.RecordContext;
import org.cohesion.session.record.RecordDocument;
import org.cohesion.session.record.RecordItem;
import org.cohesion.session.record.RecordMarkdown;
import org.cohesion.session.record.RecordPart;
import org.cohesion.session.record.SessionRecordService;

/**
 * The record of an ended session, shown at {@code /sessions/{id}} once it has ended: title, facts, the parts of
 * every record section (attendance, agenda, polls, annotations, comments), and a link that downloads it as
 * Markdown in the reader's language, read from the database again at each download.
 */
class SessionRecordPanel extends Div {

    private final SessionRecordService records;
    private final long sessionId;
    private final RecordContext context;
    final RecordDocument document;
    final Anchor download;

    SessionRecordPanel(SessionRecordService records, long sessionId, I18NProvider i18n, Locale locale) {
        this.records = records;
        this.sessionId = sessionId;
        this.context = new UiRecordContext(i18n, locale);
        this.document = records.document(sessionId, context);
        addClassName("session-record");

        H1 title = new H1(document.title());
        UnorderedList facts = new UnorderedList();
        facts.addClassName("record-facts");
        document.facts().forEach(f -> facts.add(new ListItem(f)));
        download = new Anchor(markdown(), AttachmentType.DOWNLOAD, getTranslation("session.record.download"));
        download.addClassName("record-download");
        Anchor toPlan = new Anchor("plans/" + document.record().session().planId(),
                getTranslation("session.room.to-plan"));
        Div links = new Div(download, toPlan);
        links.addClassName("record-links");
        Div header = new Div(title, facts, links);
        header.addClassName("record-header");
        add(header);
        for (RecordPart part : document.parts()) {
            add(section(part));
        }
    }

    /** The Markdown download: the record read afresh, in the reader's language, with a file name of its own. */
    DownloadHandler markdown() {
        return this::writeMarkdown;
    }

    void writeMarkdown(DownloadEvent event) throws IOException {
        RecordDocument fresh = records.document(sessionId, context);
        byte[] bytes = RecordMarkdown.render(fresh).getBytes(StandardCharsets.UTF_8);
        event.setFileName(RecordMarkdown.fileName(fresh));
        event.setContentType("text/markdown; charset=UTF-8");
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
    }

    private Section section(RecordPart part) {
        H2 heading = new H2(part.title());
        heading.setId("record-" + part.id());
        Section section = new Section(heading);
        section.addClassName("record-part");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        for (RecordBlock block : part.blocks()) {
            section.add(block(block));
        }
        return section;
    }

    private static Component block(RecordBlock block) {
        if (block instanceof RecordBlock.Text text) {
            return new Paragraph(text.text());
        } else if (block instanceof RecordBlock.Heading heading) {
            return new H3(heading.text());
        } else if (block instanceof RecordBlock.Items items) {
            HasComponents list = items.numbered() ? new OrderedList() : new UnorderedList();
            ((Component) list).addClassName("record-items");
            for (RecordItem item : items.items()) {
                list.add(item(item));
            }
            return (Component) list;
        }
        RecordBlock.Table table = (RecordBlock.Table) block;
        NativeTable t = new NativeTable();
        t.addClassName("record-table");
        NativeTableRow head = new NativeTableRow();
        table.header().forEach(h -> head.add(new NativeTableHeaderCell(h)));
        NativeTableHeader thead = t.getHead();
        thead.add(head);
        NativeTableBody body = t.getBody();
        for (List<String> cells : table.rows()) {
            NativeTableRow row = new NativeTableRow();
            cells.forEach(c -> row.add(new NativeTableCell(c)));
            body.add(row);
        }
        Div scroll = new Div(t);
        scroll.addClassName("record-table-scroll");
        return scroll;
    }

    private static ListItem item(RecordItem item) {
        ListItem li = new ListItem();
        li.addClassName("record-item");
        Span label = new Span(item.label());
        label.addClassName("record-item-label");
        if (item.link() != null) {
            Anchor link = new Anchor(item.link(), label);
            li.add(link);
        } else {
            li.add(label);
        }
        if (item.text() != null && !item.text().isEmpty()) {
            Span text = new Span(item.text());
            text.addClassName("record-item-text");
            li.add(text);
        }
        return li;
    }
}
