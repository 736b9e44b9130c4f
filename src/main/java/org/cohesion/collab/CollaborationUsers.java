package org.cohesion.collab;

import com.vaadin.collaborationengine.UserInfo;
import org.cohesion.security.CohesionUser;

/**
 * Maps Cohesion people onto Collaboration Engine identities. This package is the only non-UI home of
 * Collaboration Engine types (see docs/decisions/0002-package-by-feature.md).
 */
public final class CollaborationUsers {

    private static final int COLORS = 7;

    private CollaborationUsers() {
    }

    /** The Collaboration Engine identity of a signed-in person; stable across sessions and nodes. */
    public static UserInfo of(CohesionUser user) {
        UserInfo info = new UserInfo("user-" + user.id(), user.displayName());
        info.setColorIndex((int) (user.id() % COLORS));
        return info;
    }

    /** An identity that reveals nobody, for people who chose reduced presence; new for every view. */
    public static UserInfo anonymous(String shownName) {
        return new UserInfo("anonymous-" + java.util.UUID.randomUUID(), shownName);
    }
}
