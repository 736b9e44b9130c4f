package org.cohesion.people;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.Likes;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Communities: the signed-in person's own, the district overview, and their administration. */
@Service
@Transactional(readOnly = true)
public class CommunityService {

    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommunityService(CommunityRepository communities, MembershipRepository memberships, UserRepository users,
                     CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.communities = communities;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The communities the signed-in person belongs to, oldest membership first. */
    @PreAuthorize("isAuthenticated()")
    public List<MyCommunity> myCommunities() {
        List<Membership> mine = memberships.findByUserWithCommunity(currentUser.requireId());
        Map<Long, Long> counts = memberCounts(mine.stream().map(m -> m.getCommunity().getId()).toList());
        return mine.stream().map(m -> new MyCommunity(m.getCommunity().getId(), m.getCommunity().getName(),
                m.getCommunity().getStreet(), m.getCommunity().getDistrict(), m.getStakeholderGroup(),
                m.getJoinedAt(), counts.getOrDefault(m.getCommunity().getId(), 0L))).toList();
    }

    /** Every community of the district with its member count, for planners and admins ("regional linkage"). */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public List<CommunityDetails> districtOverview() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : communities.memberCounts()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return communities.findAll().stream()
                .map(c -> CommunityDetails.of(c, counts.getOrDefault(c.getId(), 0L)))
                .sorted(Comparator.comparing((CommunityDetails c) -> c.street().en() == null ? "" : c.street().en())
                        .thenComparing(c -> c.name().en() == null ? "" : c.name().en()))
                .toList();
    }

    /** Joins the signed-in person to the community whose invite code this is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MyCommunity joinWithInviteCode(String inviteCode, StakeholderGroup group) {
        Community community = communities.findByInviteCode(InviteCodes.normalize(inviteCode))
                .orElseThrow(() -> ValidationException.of("inviteCode", "invite-code.unknown"));
        long userId = currentUser.requireId();
        if (memberships.existsByUserIdAndCommunityId(userId, community.getId())) {
            throw ValidationException.of("inviteCode", "invite-code.already-member");
        }
        Membership m = memberships.save(new Membership(users.getReferenceById(userId), community,
                group == null ? StakeholderGroup.RESIDENT : group, clock.instant()));
        String me = currentUser.require().getUsername();
        events.publishEvent(new MembershipChanged(userId, me, community.getId(),
                community.getName().in(java.util.Locale.ENGLISH), MembershipChanged.Change.ADDED,
                m.getStakeholderGroup(), userId, me));
        long count = memberCounts(List.of(community.getId())).getOrDefault(community.getId(), 1L);
        return new MyCommunity(community.getId(), community.getName(), community.getStreet(),
                community.getDistrict(), m.getStakeholderGroup(), m.getJoinedAt(), count);
    }

    /** One page of communities matching the search text (names, street, district), for admins. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CommunityDetails> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        List<Community> page = communities.search(Likes.containing(text), new OffsetLimit(Math.max(0, offset), size));
        Map<Long, Long> counts = memberCounts(page.stream().map(Community::getId).toList());
        return page.stream().map(c -> CommunityDetails.of(c, counts.getOrDefault(c.getId(), 0L))).toList();
    }

    /** How many communities match the search text, for admins. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return communities.countSearch(Likes.containing(text));
    }

    /** All communities (id and name), for admins choosing where to add a member. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CommunityDetails> all() {
        return communities.findAll(Sort.by("id")).stream().map(c -> CommunityDetails.of(c, 0)).toList();
    }

    /** Creates a community with a fresh invite code. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CommunityDetails create(CommunityForm form) {
        validate(form);
        Community c = communities.save(new Community(text(form.nameEn(), form.nameZh()),
                text(form.streetEn(), form.streetZh()), text(form.districtEn(), form.districtZh()),
                uniqueInviteCode(), clock.instant()));
        return CommunityDetails.of(c, 0);
    }

    /** Renames a community; refuses when someone else changed it since {@code version} was read. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CommunityDetails update(long id, long version, CommunityForm form) {
        validate(form);
        Community c = load(id, version);
        c.rename(text(form.nameEn(), form.nameZh()), text(form.streetEn(), form.streetZh()),
                text(form.districtEn(), form.districtZh()));
        communities.flush();
        return CommunityDetails.of(c, memberCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Replaces a community's invite code, so the old one stops working. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CommunityDetails regenerateInviteCode(long id, long version) {
        Community c = load(id, version);
        c.changeInviteCode(uniqueInviteCode());
        communities.flush();
        return CommunityDetails.of(c, memberCounts(List.of(id)).getOrDefault(id, 0L));
    }

    private Community load(long id, long version) {
        Community c = communities.findById(id).orElseThrow(() -> new ObjectNotFoundException("Community " + id));
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Community.class, id);
        }
        return c;
    }

    private Map<Long, Long> memberCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : communities.memberCounts(ids)) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    private String uniqueInviteCode() {
        String code;
        do {
            code = InviteCodes.generate();
        } while (communities.existsByInviteCode(code));
        return code;
    }

    private static void validate(CommunityForm f) {
        Validation v = new Validation();
        if (blank(f.nameEn()) && blank(f.nameZh())) {
            v.reject("nameEn", "community.name-required");
        }
        v.maxLength("nameEn", f.nameEn(), Validation.MAX_NAME_LENGTH)
                .maxLength("nameZh", f.nameZh(), Validation.MAX_NAME_LENGTH)
                .maxLength("streetEn", f.streetEn(), Validation.MAX_NAME_LENGTH)
                .maxLength("streetZh", f.streetZh(), Validation.MAX_NAME_LENGTH)
                .maxLength("districtEn", f.districtEn(), Validation.MAX_NAME_LENGTH)
                .maxLength("districtZh", f.districtZh(), Validation.MAX_NAME_LENGTH)
                .throwIfInvalid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BilingualText text(String en, String zh) {
        return new BilingualText(en, zh);
    }
}
