package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cohesion.base.OffsetLimit;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.proposal.internal.ProposalRepository;
import org.cohesion.proposal.internal.ProposalSupportRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/** The proposal tables on H2 and MariaDB: texts outside the basic plane, one support per person, the queries. */
@SpringBootTest
class ProposalPersistenceIT {

    @Autowired
    ProposalRepository proposals;

    @Autowired
    ProposalSupportRepository supports;

    @Autowired
    CommunityRepository communities;

    @Autowired
    UserRepository users;

    @Test
    void storesLongUnicodeTextsAndQueriesByStatusAndExpiry() {
        long community = communities.findAll().get(0).getId();
        long author = users.findAll().get(0).getId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String title = "😀".repeat(199) + "长";
        Proposal saved = proposals.saveAndFlush(new Proposal(community, author, title, "字".repeat(4000),
                SpaceKind.RIVERSIDE, "🌳".repeat(200), 2, now, now.plusSeconds(60)));
        Proposal read = proposals.findById(saved.getId()).orElseThrow();
        assertThat(read.getTitle()).isEqualTo(title);
        assertThat(read.getLocation()).isEqualTo("🌳".repeat(200));
        assertThat(read.getCreatedAt()).isEqualTo(now);

        List<Long> live = proposals.newest(List.of(community), community, SpaceKind.RIVERSIDE, ProposalStatus.OPEN,
                now, null, new OffsetLimit(0, 10_000)).stream().map(Proposal::getId).toList();
        assertThat(live).contains(saved.getId());
        assertThat(proposals.count(List.of(community), null, SpaceKind.RIVERSIDE, ProposalStatus.OPEN, null,
                now.plusSeconds(61))).isPositive();
        assertThat(proposals.supportable(community, now, new OffsetLimit(0, 1000))).extracting(c -> c.id())
                .contains(saved.getId());
    }

    @Test
    void onePersonSupportsAProposalOnce() {
        long community = communities.findAll().get(0).getId();
        long author = users.findAll().get(0).getId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Proposal saved = proposals.saveAndFlush(new Proposal(community, author, "Once", "d", SpaceKind.OTHER, "l", 2,
                now, now.plusSeconds(60)));
        supports.saveAndFlush(new ProposalSupport(saved.getId(), author, now));
        assertThat(supports.countByProposalId(saved.getId())).isOne();
        assertThatThrownBy(() -> supports.saveAndFlush(new ProposalSupport(saved.getId(), author, now.plusSeconds(1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
