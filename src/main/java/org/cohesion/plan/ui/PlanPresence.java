package org.cohesion.plan.ui;

import com.vaadin.collaborationengine.PresenceManager;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Div;
import org.cohesion.collab.PlanTopics;

/**
 * Who has the plan open, as avatars, updated live from the plan's topic. People with reduced presence see
 * the others but are not shown themselves.
 */
class PlanPresence extends Div {

    final AvatarGroup avatars = new AvatarGroup();

    PlanPresence(UserInfo localUser, long planId, boolean visibleToOthers) {
        addClassName("plan-presence");
        avatars.setMaxItemsVisible(6);
        avatars.getElement().setAttribute("aria-label", getTranslation("plan.workspace.present"));
        add(avatars);
        PresenceManager presence = new PresenceManager(this, localUser, PlanTopics.plan(planId));
        presence.markAsPresent(visibleToOthers);
        presence.setPresenceHandler(context -> {
            UserInfo user = context.getUser();
            AvatarGroupItem item = new AvatarGroupItem(user.getName());
            item.setColorIndex(user.getColorIndex());
            avatars.add(item);
            UI ui = UI.getCurrent();
            return () -> {
                if (ui == null || ui.getSession() == null || ui.getSession().hasLock()) {
                    avatars.remove(item);
                } else {
                    ui.access(() -> avatars.remove(item));
                }
            };
        });
    }
}
