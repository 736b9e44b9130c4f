package org.cohesion.session;

/** A participant in the room's list: present while connected; whether they follow the host. */
public record ParticipantView(long participantId, String displayName, boolean guest, boolean host, boolean present,
                              boolean followsHost) {
}
