package org.cohesion.people;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cohesion.base.Likes;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of people: accounts, roles, memberships and stakeholder groups. Admins only. Every change of
 * roles or memberships publishes {@link RolesChanged} or {@link MembershipChanged} inside its transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class PeopleAdminService {

    private final UserRepository users;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeopleAdminService(UserRepository users, CommunityRepository communities, MembershipRepository memberships,
                       PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                       Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.communities = communities;
        this.memberships = memberships;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of people whose username or display name contains the search text. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonDetails> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return users.search(Likes.containing(text), new OffsetLimit(Math.max(0, offset), size))
                .stream().map(u -> PersonDetails.of(u, List.of())).toList();
    }

    /** How many people match the search text. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return users.countSearch(Likes.containing(text));
    }

    /** One person with their memberships. */
    @PreAuthorize("hasRole('ADMIN')")
    public PersonDetails get(long userId) {
        User u = users.findById(userId).orElseThrow(() -> new ObjectNotFoundException("User " + userId));
        return PersonDetails.of(u, memberships.findByUserWithCommunity(userId).stream()
                .map(MembershipDetails::of).toList());
    }

    /** Creates an account with the given roles, able to sign in unless {@code form.enabled()} is false. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonDetails create(PersonForm form) {
        String username = Usernames.normalize(form.username());
        Validation v = new Validation();
        Usernames.check(v, "username", username);
        v.name("displayName", form.displayName());
        Message pw = passwordPolicy.check(form.password(), username);
        if (pw != null) {
            v.reject("password", pw.key(), pw.args());
        }
        checkRoles(v, form.roles());
        if (!v.hasError("username") && users.existsByUsername(username)) {
            v.reject("username", "username.taken");
        }
        v.throwIfInvalid();
        User u = users.save(new User(username, form.displayName().strip(), passwordEncoder.encode(form.password()),
                null, form.roles(), clock.instant()));
        if (!form.enabled()) {
            u.changeEnabled(false);
        }
        users.flush();
        events.publishEvent(new RolesChanged(u.getId(), u.getUsername(), Set.of(), u.getRoles(), true,
                currentUser.requireId(), currentUser.require().getUsername()));
        return PersonDetails.of(u, List.of());
    }

    /** Changes display name, roles and whether the account may sign in; refuses stale edits. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonDetails update(long userId, long version, PersonForm form) {
        Validation v = new Validation();
        v.name("displayName", form.displayName());
        checkRoles(v, form.roles());
        boolean self = userId == currentUser.requireId();
        if (self && !form.roles().contains(Role.ADMIN)) {
            v.reject("roles", "admin.cannot-remove-own-admin");
        }
        if (self && !form.enabled()) {
            v.reject("enabled", "admin.cannot-disable-self");
        }
        v.throwIfInvalid();
        User u = load(userId, version);
        Set<Role> before = u.getRoles();
        if (!before.equals(form.roles())) {
            events.publishEvent(new RolesChanged(userId, u.getUsername(), before, Set.copyOf(form.roles()), false,
                    currentUser.requireId(), currentUser.require().getUsername()));
        }
        if (u.isEnabled() != form.enabled()) {
            events.publishEvent(new AccountEnabledChanged(userId, u.getUsername(), form.enabled(),
                    currentUser.requireId(), currentUser.require().getUsername()));
        }
        u.changeDisplayName(form.displayName().strip());
        u.changeRoles(form.roles());
        u.changeEnabled(form.enabled());
        users.flush();
        return get(userId);
    }

    /** Adds a person to a community with a stakeholder group. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonDetails addMembership(long userId, long communityId, StakeholderGroup group) {
        if (group == null) {
            throw ValidationException.of("group", "validation.required");
        }
        User u = users.findById(userId).orElseThrow(() -> new ObjectNotFoundException("User " + userId));
        Community c = communities.findById(communityId)
                .orElseThrow(() -> ValidationException.of("community", "validation.required"));
        if (memberships.existsByUserIdAndCommunityId(userId, communityId)) {
            throw ValidationException.of("community", "admin.already-member");
        }
        memberships.save(new Membership(u, c, group, clock.instant()));
        membershipChanged(u, c, MembershipChanged.Change.ADDED, group);
        return get(userId);
    }

    /** Changes the stakeholder group of a membership. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonDetails changeStakeholderGroup(long membershipId, StakeholderGroup group) {
        if (group == null) {
            throw ValidationException.of("group", "validation.required");
        }
        Membership m = memberships.findById(membershipId)
                .orElseThrow(() -> new ObjectNotFoundException("Membership " + membershipId));
        m.changeStakeholderGroup(group);
        membershipChanged(m.getUser(), m.getCommunity(), MembershipChanged.Change.GROUP_CHANGED, group);
        return get(m.getUser().getId());
    }

    /** Ends a membership. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonDetails removeMembership(long membershipId) {
        Membership m = memberships.findById(membershipId)
                .orElseThrow(() -> new ObjectNotFoundException("Membership " + membershipId));
        long userId = m.getUser().getId();
        membershipChanged(m.getUser(), m.getCommunity(), MembershipChanged.Change.REMOVED, m.getStakeholderGroup());
        memberships.delete(m);
        memberships.flush();
        return get(userId);
    }

    private void membershipChanged(User u, Community c, MembershipChanged.Change change, StakeholderGroup group) {
        events.publishEvent(new MembershipChanged(u.getId(), u.getUsername(), c.getId(),
                c.getName().in(java.util.Locale.ENGLISH), change, group, currentUser.requireId(),
                currentUser.require().getUsername()));
    }

    private User load(long userId, long version) {
        User u = users.findById(userId).orElseThrow(() -> new ObjectNotFoundException("User " + userId));
        if (u.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(User.class, userId);
        }
        return u;
    }

    private static void checkRoles(Validation v, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            v.reject("roles", "admin.roles-required");
        }
    }
}
