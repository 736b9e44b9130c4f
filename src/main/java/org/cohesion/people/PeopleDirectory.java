package org.cohesion.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.cohesion.people.internal.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Display names of people, for showing who did what. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final UserRepository users;

    PeopleDirectory(UserRepository users) {
        this.users = users;
    }

    /** The display names of the given people, by id; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }
}
