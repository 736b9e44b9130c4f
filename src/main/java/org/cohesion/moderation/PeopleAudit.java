package org.cohesion.moderation;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cohesion.people.AccountEnabledChanged;
import org.cohesion.people.MembershipChanged;
import org.cohesion.people.RolesChanged;
import org.cohesion.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes role and membership changes of {@code people} to the audit log. A plain (synchronous) event listener:
 * {@code people} publishes inside its transaction and the entry joins it, so no change is committed without its
 * entry (and a failed entry rolls the change back).
 */
@Component
class PeopleAudit {

    private final AuditLog audit;

    PeopleAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void rolesChanged(RolesChanged e) {
        audit.recordAs(e.actorId(), e.actorName(), e.created() ? AuditAction.ACCOUNT_CREATED : AuditAction.ROLES_CHANGED,
                "USER", e.userId(), e.username(), null, null, names(e.before()) + " → " + names(e.after()));
    }

    @EventListener
    public void enabledChanged(AccountEnabledChanged e) {
        audit.recordAs(e.actorId(), e.actorName(), e.enabled() ? AuditAction.ACCOUNT_ENABLED
                : AuditAction.ACCOUNT_DISABLED, "USER", e.userId(), e.username(), null, null, null);
    }

    @EventListener
    public void membershipChanged(MembershipChanged e) {
        AuditAction action = switch (e.change()) {
            case ADDED -> AuditAction.MEMBERSHIP_ADDED;
            case REMOVED -> AuditAction.MEMBERSHIP_REMOVED;
            case GROUP_CHANGED -> AuditAction.STAKEHOLDER_GROUP_CHANGED;
        };
        audit.recordAs(e.actorId(), e.actorName(), action, "USER", e.userId(), e.username(), e.communityId(), null,
                e.communityName() + (e.group() == null ? "" : " (" + e.group().name().toLowerCase(Locale.ROOT) + ")"));
    }

    private static String names(Set<Role> roles) {
        Set<String> sorted = new TreeSet<>();
        roles.forEach(r -> sorted.add(r.name().toLowerCase(Locale.ROOT)));
        return sorted.isEmpty() ? "-" : String.join(", ", sorted);
    }
}
