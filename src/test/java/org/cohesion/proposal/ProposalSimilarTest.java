package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Similar proposals suggested while typing, in English and Chinese, among those still gathering support. */
@SpringBootTest
class ProposalSimilarTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalDecisions decisions;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void englishAndChineseTextFindsSimilarOpenProposalsMostSimilarFirst() {
        long changhong = ProposalTestSupport.changhongRules(context, 5, 60);
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ProposalTestSupport.login(context, "wangfang");
        long benches = create(changhong, "Benches with " + word + " backrests", "Shaded benches for the elderly.");
        long weak = create(changhong, "Painted walls", "A mural and a " + word + " bench.");
        long chinese = create(changhong, "长虹" + word + "口袋公园增加长椅", "老人希望在树荫下多放几张长椅。");
        long declined = create(changhong, word + " benches again", "The same benches.");
        ProposalTestSupport.login(context, "planner");
        decisions.decline(declined, "Duplicate");

        ProposalTestSupport.login(context, "sarah");
        var english = proposals.similar(changhong, "New " + word + " benches", "");
        assertThat(english).extracting(SimilarProposal::id).startsWith(benches).contains(weak)
                .doesNotContain(declined);
        assertThat(english.get(0).score()).isGreaterThan(english.get(english.size() - 1).score());
        assertThat(english).hasSizeLessThanOrEqualTo(ProposalService.MAX_SIMILAR);

        var han = proposals.similar(changhong, "口袋公园的长椅", "");
        assertThat(han).extracting(SimilarProposal::id).contains(chinese);
        assertThat(han.get(0).score()).isGreaterThanOrEqualTo(han.stream().filter(s -> s.id() == chinese)
                .findFirst().orElseThrow().score());

        assertThat(proposals.similar(changhong, "Library opening hours", "")).extracting(SimilarProposal::id)
                .doesNotContain(benches, weak, chinese);
        assertThat(proposals.similar(changhong, "", " ")).isEmpty();
        assertThat(proposals.similar(changhong, "the and of", null)).isEmpty();
    }

    private long create(long community, String title, String description) {
        return proposals.create(new NewProposal(community, title, description, SpaceKind.POCKET_PARK, "Changhong"));
    }
}
