package org.cohesion.session.record;

/**
 * A part of the record of an ended session: attendance, the agenda covered, annotations and comments come with
 * the session feature ({@code @Order} 10, 20, 40, 50); other features add theirs as Spring beans, e.g. the polls
 * with their questions and results ({@code @Order(30)}: after the agenda). The page and the Markdown export draw
 * every part the same way, from plain text.
 *
 * <p>Only called after the reader's access to the record was checked (a member of the plan's community, signed
 * in; guests' access ended with the session); implementations read through their own services, which check it
 * again.
 */
public interface SessionRecordSection {

    /** This section's part of the record, in the reader's language; null to leave it out. */
    RecordPart part(SessionRecord record, RecordContext context);
}
