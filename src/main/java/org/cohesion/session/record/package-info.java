/**
 * The record of an ended session (issue 5, item 8): attendance, agenda covered, annotations and comments made
 * during the session, and parts other features add ({@link org.cohesion.session.record.SessionRecordSection},
 * e.g. polls), shown at {@code /sessions/{id}} once the session has ended and exported as Markdown. Everything
 * comes from the database, so the record is complete after a restart.
 */
package org.cohesion.session.record;
