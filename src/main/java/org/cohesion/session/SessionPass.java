package org.cohesion.session;

import java.io.Serializable;

/**
 * What a browser tab holds after joining a session, member or guest: which participant it is and the secret
 * that proves it. Only the secret's hash is stored; {@link SessionGate#verify} checks a pass on every use.
 * {@link #toString()} never shows the secret.
 */
public record SessionPass(long sessionId, long participantId, String secret) implements Serializable {

    @Override
    public String toString() {
        return "SessionPass[session=" + sessionId + ", participant=" + participantId + "]";
    }
}
