package org.cohesion.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.cohesion.base.Transactions;
import org.cohesion.people.internal.UserRepository;
import org.springframework.stereotype.Component;

/**
 * Display names of people <strong>without any access check</strong>, for places where people who are not signed
 * in see who else takes part (the participant list of a live session, shown to its guests). Callers must have
 * checked that the reader may see these people (for a session: they are its participants) and must show
 * nothing but the name. Not a service: nothing here is protected by method security.
 */
@Component
public class UncheckedDisplayNames {

    private final UserRepository users;
    private final Transactions transactions;

    UncheckedDisplayNames(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    /** The display names of the given people, by id; unknown ids are left out. Callers checked access. */
    public Map<Long, String> of(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            transactions.read(() -> {
                users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
                return null;
            });
        }
        return names;
    }
}
