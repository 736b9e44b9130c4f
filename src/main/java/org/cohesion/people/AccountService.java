package org.cohesion.people;

import java.util.Locale;
import org.cohesion.base.i18n.Locales;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account settings. */
@Service
public class AccountService {

    private final UserRepository users;
    private final CurrentUser currentUser;

    AccountService(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Saves the language the signed-in person chose; it is used at their next sign-in on any device. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyLanguage(Locale locale) {
        long id = currentUser.requireId();
        User u = users.findById(id).orElseThrow(() -> new ObjectNotFoundException("User " + id));
        u.changePreferredLocale(Locales.closest(locale));
    }

    /** The language the signed-in person saved, or null when they never chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Locale myLanguage() {
        return users.findById(currentUser.requireId()).map(User::getPreferredLocale).orElse(null);
    }

    /** True when the signed-in person chose reduced presence: others do not see them in live workspaces. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean myReducedPresence() {
        return users.findById(currentUser.requireId()).map(User::isReducedPresence).orElse(false);
    }

    /** Turns reduced presence on or off for the signed-in person; applies to workspaces opened afterwards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyReducedPresence(boolean reduced) {
        long id = currentUser.requireId();
        users.findById(id).orElseThrow(() -> new ObjectNotFoundException("User " + id)).changeReducedPresence(reduced);
    }
}
