package org.cohesion.people;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.cohesion.base.Message;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration of residents with a community invite code. */
@Service
public class RegistrationService {

    private final UserRepository users;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegistrationService(UserRepository users, CommunityRepository communities, MembershipRepository memberships,
                        PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, Clock clock,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.communities = communities;
        this.memberships = memberships;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates a resident account and its membership of the invite code's community. Every field is checked
     * first; on any error nothing is created and each message names its field.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(RegistrationForm form) {
        String username = Usernames.normalize(form.username());
        Validation v = new Validation();
        Usernames.check(v, "username", username);
        v.name("displayName", form.displayName());
        Message pw = passwordPolicy.check(form.password(), username);
        if (pw != null) {
            v.reject("password", pw.key(), pw.args());
        }
        Optional<Community> community = Optional.empty();
        String code = InviteCodes.normalize(form.inviteCode());
        if (code.isEmpty()) {
            v.reject("inviteCode", "validation.required");
        } else {
            community = communities.findByInviteCode(code);
            if (community.isEmpty()) {
                v.reject("inviteCode", "invite-code.unknown");
            }
        }
        if (form.group() == null) {
            v.reject("group", "validation.required");
        }
        if (!v.hasError("username") && users.existsByUsername(username)) {
            v.reject("username", "username.taken");
        }
        v.throwIfInvalid();
        try {
            User user = users.saveAndFlush(new User(username, form.displayName().strip(),
                    passwordEncoder.encode(form.password()), form.locale(), Set.of(Role.RESIDENT), clock.instant()));
            memberships.save(new Membership(user, community.get(), form.group(), clock.instant()));
            events.publishEvent(new RolesChanged(user.getId(), username, Set.of(), user.getRoles(), true,
                    user.getId(), username));
            events.publishEvent(new MembershipChanged(user.getId(), username, community.get().getId(),
                    community.get().getName().in(java.util.Locale.ENGLISH), MembershipChanged.Change.ADDED,
                    form.group(), user.getId(), username));
        } catch (DataIntegrityViolationException e) {
            throw ValidationException.of("username", "username.taken");
        }
    }
}
