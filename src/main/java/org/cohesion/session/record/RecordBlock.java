package org.cohesion.session.record;

import java.util.List;

/**
 * A block of a record's part, plain text only (never markup): the page draws it as components, the Markdown
 * export escapes it. Kept small so that every section (polls too) is drawn and exported the same way.
 */
public sealed interface RecordBlock {

    /** A paragraph. */
    record Text(String text) implements RecordBlock {
    }

    /** A sub-heading inside a part (e.g. a poll's question). */
    record Heading(String text) implements RecordBlock {
    }

    /** A list of items, numbered or not. */
    record Items(List<RecordItem> items, boolean numbered) implements RecordBlock {

        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table: a header row and rows of the same number of cells. */
    record Table(List<String> header, List<List<String>> rows) implements RecordBlock {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the header "
                            + header.size());
                }
            }
        }
    }
}
