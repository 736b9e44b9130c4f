package org.cohesion.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.moderation.ModerationTestSupport.comment;
import static org.cohesion.moderation.ModerationTestSupport.login;
import static org.cohesion.moderation.ModerationTestSupport.newPlan;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.CommunityService;
import org.cohesion.people.PeopleAdminService;
import org.cohesion.people.PersonDetails;
import org.cohesion.people.PersonForm;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The append-only audit log (moderation actions, role and membership changes, refusals, CSV) and blocking. */
class AuditAndBlockTest extends KaribuTest {

    static final String CHANGHONG = "Changhong Residential District";

    @Autowired
    AuditService auditService;
    @Autowired
    ModerationService moderation;
    @Autowired
    BlockService blocking;
    @Autowired
    DiscussionService discussion;
    @Autowired
    SignedInSessions sessions;

    @Test
    void theAuditLogHasNoWayToChangeOrDeleteAnEntry() {
        for (Method m : org.cohesion.moderation.internal.AuditEntryRepository.class.getMethods()) {
            assertThat(m.getName()).doesNotContain("delete").doesNotContain("update").doesNotContain("saveAll");
        }
        assertThat(AuditEntry.class.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("set"));
        assertThat(AuditService.class.getDeclaredMethods()).noneMatch(m -> m.getName().matches("(?i).*(delete|update|edit).*"));
    }

    @Test
    void roleAndMembershipChangesAreLoggedWithWhoDidIt() {
        login("admin");
        PeopleAdminService admin = context.getBean(PeopleAdminService.class);
        String username = "audit" + UUID.randomUUID().toString().substring(0, 8);
        PersonDetails p = admin.create(new PersonForm(username, "Audit Person", "a long passphrase 12",
                Set.of(Role.RESIDENT), true));
        long changhong = context.getBean(CommunityService.class).all().stream()
                .filter(c -> CHANGHONG.equals(c.name().en())).findFirst().orElseThrow().id();
        admin.addMembership(p.id(), changhong, StakeholderGroup.RESIDENT);
        PersonDetails fresh = admin.get(p.id());
        admin.update(p.id(), fresh.version(), new PersonForm(username, "Audit Person", null,
                Set.of(Role.RESIDENT, Role.PLANNER), false));

        List<AuditRecord> entries = auditService.search(new AuditFilter(null, null, null, null, username), 0, 10);
        assertThat(entries.get(0).action()).isEqualTo(AuditAction.ACCOUNT_DISABLED);
        entries = entries.subList(1, entries.size());
        assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.ROLES_CHANGED,
                AuditAction.MEMBERSHIP_ADDED, AuditAction.ACCOUNT_CREATED);
        assertThat(entries).allSatisfy(e -> assertThat(e.actorName()).isEqualTo("admin"));
        assertThat(entries.get(0).detail()).isEqualTo("resident → planner, resident");
        assertThat(entries.get(1).communityId()).isEqualTo(changhong);
    }

    @Test
    void moderationActionsAndForgedCallsAreLogged_csvIsSafeAndOpensInExcel() {
        long planId = newPlan(context, CHANGHONG);
        long commentId = comment(context, planId, "wangfang", "=HYPERLINK(\"http://evil\") 长椅");
        login("sarah");
        long item = moderation.flag(ContentType.COMMENT, commentId, FlagReason.SPAM, null).itemId();
        login("moderator");
        moderation.hide(List.of(item), "@everyone spam");
        login("wangfang");
        assertThatThrownBy(() -> moderation.restore(List.of(item))).isInstanceOf(AccessDeniedException.class);

        login("admin");
        List<AuditRecord> log = auditService.search(AuditFilter.all(), 0, 5);
        assertThat(log.get(0).action()).isEqualTo(AuditAction.ACCESS_DENIED);
        assertThat(log.get(0).actorName()).isEqualTo("wangfang");
        assertThat(log.get(1).action()).isEqualTo(AuditAction.HIDE);
        assertThat(log.get(1).actorName()).isEqualTo("moderator");
        assertThat(log.get(1).reason()).isEqualTo("@everyone spam");
        assertThat(log.get(1).createdAt()).isNotNull();

        byte[] csv = auditService.exportCsv(new AuditFilter(AuditAction.HIDE, null, null, null, null),
                List.of("time", "actor", "action", "target", "label", "community", "reason", "detail"),
                AuditAction::name);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\") 长椅\"").contains("\"'@everyone spam\"");

        login("wangfang");
        assertThatThrownBy(() -> auditService.search(AuditFilter.all(), 0, 5))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void blockingHidesEverythingEndsSessionsAndRefusesSignIn_unblockRestores() {
        login("admin");
        PeopleAdminService admin = context.getBean(PeopleAdminService.class);
        String username = "blockme" + UUID.randomUUID().toString().substring(0, 8);
        PersonDetails p = admin.create(new PersonForm(username, "Block Me", "a long passphrase 12",
                Set.of(Role.RESIDENT), true));
        long changhong = context.getBean(CommunityService.class).all().stream()
                .filter(c -> CHANGHONG.equals(c.name().en())).findFirst().orElseThrow().id();
        admin.addMembership(p.id(), changhong, StakeholderGroup.RESIDENT);
        long planId = newPlan(context, CHANGHONG);
        long commentId = comment(context, planId, username, "Rude words");
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();

        // the person is signed in in this (mocked) browser session
        login(username);
        HttpSession httpSession = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        httpSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, own);
        sessions.track(httpSession);

        // others act in their own browsers: detached from that Vaadin session (whose security context Vaadin's
        // strategy would otherwise hand out), with a context of their own on this thread
        VaadinSession browser = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        ModerationTestSupport.login(context, "liming");
        assertThatThrownBy(() -> blocking.block(p.id(), "rude")).isInstanceOf(AccessDeniedException.class);
        ModerationTestSupport.login(context, "moderator");
        assertRefused(() -> blocking.block(p.id(), " "), "validation.required");
        assertThat(blocking.block(p.id(), "Repeated insults")).isOne();
        assertThat(blocking.isBlocked(p.id())).isTrue();

        // the person's signed-in session was invalidated: its next request has to sign in again, which is refused
        assertThat(((FakeHttpSession) httpSession).isValid()).isFalse();
        AuthenticationManager auth = context.getBean(AuthenticationManager.class);
        assertThatThrownBy(() -> auth.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "a long passphrase 12"))).isInstanceOf(LockedException.class);
        ModerationTestSupport.login(context, "sarah");
        assertThat(discussion.newest(thread, 50)).extracting(CommentView::id).doesNotContain(commentId);

        ModerationTestSupport.login(context, "moderator");
        assertRefused(() -> blocking.block(context.getBean(org.cohesion.security.CurrentUser.class).requireId(),
                "me"), "moderation.block.self");
        assertThat(blocking.unblock(p.id())).isOne();
        ModerationTestSupport.login(context, "sarah");
        assertThat(discussion.newest(thread, 50)).extracting(CommentView::id).contains(commentId);
        assertThat(auth.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "a long passphrase 12")).isAuthenticated()).isTrue();
        ModerationTestSupport.login(context, "admin");
        assertThat(auditService.search(new AuditFilter(null, null, null, null, username), 0, 10))
                .extracting(AuditRecord::action).startsWith(AuditAction.UNBLOCK, AuditAction.BLOCK);
        VaadinSession.setCurrent(browser);
    }

    static void assertRefused(Runnable call, String key) {
        ModerationServiceTest.assertRefused(call, key);
    }
}
