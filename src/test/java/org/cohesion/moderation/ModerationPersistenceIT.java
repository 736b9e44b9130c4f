package org.cohesion.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.base.OffsetLimit;
import org.cohesion.moderation.internal.AuditEntryRepository;
import org.cohesion.moderation.internal.ModerationFlagRepository;
import org.cohesion.moderation.internal.ModerationItemRepository;
import org.cohesion.people.User;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V11/V12 against the configured database (H2 by default, MariaDB with the {@code mariadb} profile): one flag per
 * person and item, the queue's filters, and audit entries (Chinese text, microseconds after 2038).
 */
@SpringBootTest
class ModerationPersistenceIT {

    private static final Instant AFTER_2038 = Instant.parse("2040-06-01T08:30:00.000001Z");

    @Autowired
    ModerationItemRepository items;
    @Autowired
    ModerationFlagRepository flags;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    UserRepository users;
    @Autowired
    TransactionTemplate tx;

    @Test
    void oneFlagPerPersonAndItem_queueFilters() {
        long user = tx.execute(s -> users.saveAndFlush(new User("modit" + UUID.randomUUID().toString()
                .substring(0, 8), "审核 IT", "x", null, Set.of(Role.RESIDENT), AFTER_2038))).getId();
        long plan = 999_999L;
        long content = 3_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xffffff);
        ModeratedContent c = new ModeratedContent(ContentType.COMMENT, content, "长椅 bench", user, plan, 424242L,
                false, null, "plans/" + plan, AFTER_2038, Visibility.VISIBLE, null);
        ModerationItem item = tx.execute(s -> items.saveAndFlush(new ModerationItem(c, "口袋公园", AFTER_2038)));
        tx.execute(s -> flags.saveAndFlush(new ModerationFlag(item.getId(), user, FlagReason.SPAM, null, AFTER_2038)));
        assertThatThrownBy(() -> tx.execute(s -> flags.saveAndFlush(new ModerationFlag(item.getId(), user,
                FlagReason.OTHER, "again", AFTER_2038)))).isInstanceOf(DataIntegrityViolationException.class);
        tx.execute(s -> {
            ModerationItem fresh = items.findById(item.getId()).orElseThrow();
            fresh.flagged(FlagReason.SPAM, 1, 3, AFTER_2038);
            return items.saveAndFlush(fresh);
        });
        List<Long> community = List.of(424242L);
        assertThat(items.countSearch(false, community, "PENDING", null, null, plan, "%,SPAM,%")).isOne();
        assertThat(items.countSearch(false, community, null, Visibility.HIDDEN, null, null, null)).isZero();
        assertThat(items.search(false, community, null, null, 424242L, null, null, new OffsetLimit(0, 10)))
                .extracting(ModerationItem::getPlanTitle).containsExactly("口袋公园");
        assertThat(items.findById(item.getId()).orElseThrow().getLastActivity()).isEqualTo(AFTER_2038);
    }

    @Test
    void auditEntriesKeepChineseAndMicroseconds() {
        String label = "审计 " + UUID.randomUUID();
        AuditEntry saved = tx.execute(s -> audit.save(new AuditEntry(AFTER_2038, null, "系统", AuditAction.HIDE,
                "COMMENT", 1L, label, null, "理由：广告", null)));
        List<AuditEntry> found = audit.search(true, List.of(-1L), AuditAction.HIDE, null, AFTER_2038,
                AFTER_2038.plusSeconds(1), org.cohesion.base.Likes.containing(label), new OffsetLimit(0, 5));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getId()).isEqualTo(saved.getId());
        assertThat(found.get(0).getReason()).isEqualTo("理由：广告");
        assertThat(found.get(0).getCreatedAt()).isEqualTo(AFTER_2038);
    }
}
