package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.proposal.ProposalServiceTest.assertRefused;

import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What planners decide: conversion to a plan (links both ways), decline with a reason, merge of duplicates. */
@SpringBootTest
class ProposalDecisionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalDecisions decisions;

    @Autowired
    PlanService plans;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReadyProposalBecomesAPlanLinkedBothWays() {
        ProposalTestSupport.changhongRules(context, 1, 60);
        login("wangfang");
        long changhong = ProposalTestSupport.changhong(context);
        long id = proposals.create(new NewProposal(changhong, "Courtyard garden for building 7",
                "Raised beds and a rain barrel.\nResidents would tend them.", SpaceKind.COURTYARD,
                "Courtyard of building 7"));
        long open = ProposalTestSupport.propose(context, "Not ready yet");
        login("planner");
        assertRefused(() -> decisions.convertToPlan(open), "proposal.convert.not-ready");
        login("sarah");
        assertThatThrownBy(() -> decisions.convertToPlan(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(proposals.support(id).status()).isEqualTo(ProposalStatus.READY);
        login("moderator");
        assertThatThrownBy(() -> decisions.convertToPlan(id)).isInstanceOf(AccessDeniedException.class);

        login("planner");
        long planId = decisions.convertToPlan(id);
        PlanDetails plan = plans.open(planId);
        assertThat(plan.communityId()).isEqualTo(changhong);
        assertThat(plan.value(PlanField.TITLE)).isEqualTo("Courtyard garden for building 7");
        assertThat(plan.value(PlanField.KIND)).isEqualTo(PlanKind.COURTYARD_GARDEN.name());
        assertThat(plan.value(PlanField.LOCATION)).isEqualTo("Courtyard of building 7");
        assertThat(plan.value(PlanField.SUMMARY)).isEqualTo("Raised beds and a rain barrel.\nResidents would tend them.");
        assertThat(plan.value(PlanField.PHASE)).isEqualTo(PlanPhase.PROPOSAL.name());
        assertThat(proposals.fromPlan(planId)).contains(new ProposalLink(id, "Courtyard garden for building 7"));

        ProposalDetails became = proposals.proposal(id);
        assertThat(became.status()).isEqualTo(ProposalStatus.BECAME_PLAN);
        assertThat(became.plan()).isEqualTo(new ProposalLink(planId, "Courtyard garden for building 7"));
        assertThat(became.closedByName()).isEqualTo("陈静 Chen Jing");
        assertRefused(() -> decisions.convertToPlan(id), "proposal.already-decided");
        assertRefused(() -> decisions.decline(id, "Too late"), "proposal.already-decided");

        login("wangfang");
        assertThat(proposals.fromPlan(planId)).isPresent();
        assertRefused(() -> proposals.support(open), "proposal.support.own");
        login("liming");
        assertThatThrownBy(() -> proposals.fromPlan(planId)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void declineNeedsAPublicReasonFromAPlanner() {
        ProposalTestSupport.changhongRules(context, 5, 60);
        login("wangfang");
        long id = ProposalTestSupport.propose(context, "Declined");
        login("sarah");
        assertThatThrownBy(() -> decisions.decline(id, "Forged")).isInstanceOf(AccessDeniedException.class);
        login("liming");
        assertThatThrownBy(() -> decisions.decline(id, "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(ObjectNotFoundException.class);
        login("planner");
        assertRefused(() -> decisions.decline(id, "  "), "validation.required", "reason");
        assertRefused(() -> decisions.decline(id, "x".repeat(1001)), "validation.too-long", "reason");
        assertThat(proposals.proposal(id).status()).isEqualTo(ProposalStatus.OPEN);

        ProposalDetails declined = decisions.decline(id, "The lawn belongs to the school; <b>see</b> the map.");
        assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("The lawn belongs to the school; <b>see</b> the map.");
        assertThat(declined.closedByName()).isEqualTo("陈静 Chen Jing");
        assertThat(declined.closedAt()).isNotNull();
        assertRefused(() -> decisions.decline(id, "Again"), "proposal.already-decided");

        login("sarah");
        ProposalDetails seen = proposals.proposal(id);
        assertThat(seen.declineReason()).startsWith("The lawn belongs");
        assertThat(seen.canManage()).isFalse();
        assertRefused(() -> proposals.support(id), "proposal.support.closed");
    }

    @Test
    void mergeCarriesSupportersOverOncePerPersonAndKeepsLinks() {
        ProposalTestSupport.changhongRules(context, 3, 60);
        login("wangfang");
        long duplicate = ProposalTestSupport.propose(context, "Shade in the playground");
        login("sarah");
        long surviving = ProposalTestSupport.propose(context, "Trees for the playground");
        proposals.support(duplicate);
        login("moderator");
        proposals.support(duplicate);
        proposals.support(surviving);

        login("sarah");
        assertThatThrownBy(() -> decisions.merge(duplicate, surviving)).isInstanceOf(AccessDeniedException.class);
        login("planner");
        assertRefused(() -> decisions.merge(duplicate, duplicate), "proposal.merge.same");
        assertThat(decisions.mergeTargets(duplicate, "playground", 0, 50)).extracting(ProposalLink::id)
                .contains(surviving).doesNotContain(duplicate);

        ProposalDetails merged = decisions.merge(duplicate, surviving);
        assertThat(merged.status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(merged.mergedInto().id()).isEqualTo(surviving);
        assertThat(merged.supportCount()).isEqualTo(2);
        // sarah wrote the surviving one (never her own supporter), moderator supported both (counted once),
        // wangfang wrote the duplicate (her support carried over)
        ProposalDetails target = proposals.proposal(surviving);
        assertThat(target.supportCount()).isEqualTo(2);
        assertThat(target.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(target.mergedFrom()).extracting(ProposalLink::id).containsExactly(duplicate);

        login("wangfang");
        assertThat(proposals.proposal(surviving).supportedByMe()).isTrue();
        login("sarah");
        assertRefused(() -> proposals.support(duplicate), "proposal.support.closed");
        assertThat(proposals.proposal(surviving).supportedByMe()).isFalse();
        assertThat(proposals.proposal(duplicate).mergedInto().title()).startsWith("Trees for the playground");

        login("planner");
        assertRefused(() -> decisions.merge(duplicate, surviving), "proposal.already-decided");
        assertRefused(() -> decisions.merge(surviving, duplicate), "proposal.merge.target-closed");
    }

    @Test
    void mergeCanMakeTheSurvivingProposalReady() {
        ProposalTestSupport.changhongRules(context, 2, 60);
        login("wangfang");
        long duplicate = ProposalTestSupport.propose(context, "Library corner");
        login("sarah");
        long surviving = ProposalTestSupport.propose(context, "Reading corner");
        login("moderator");
        proposals.support(surviving);
        login("planner");
        ProposalDetails merged = decisions.merge(duplicate, surviving);
        assertThat(merged.mergedInto().id()).isEqualTo(surviving);
        ProposalDetails target = proposals.proposal(surviving);
        assertThat(target.supportCount()).isEqualTo(2);
        assertThat(target.status()).isEqualTo(ProposalStatus.READY);
    }

    @Test
    void mergeStaysWithinOneCommunity() {
        ProposalTestSupport.changhongRules(context, 5, 60);
        login("wangfang");
        long changhong = ProposalTestSupport.propose(context, "Changhong");
        login("planner");
        long huashan = context.getBean(org.cohesion.people.CommunityService.class).myCommunities().stream()
                .filter(c -> c.name().en().startsWith("Huashan")).findFirst().orElseThrow().communityId();
        long other = proposals.create(new NewProposal(huashan, "Huashan idea", "d", SpaceKind.OTHER, "l"));
        assertRefused(() -> decisions.merge(changhong, other), "proposal.merge.other-community");
        login("wangfang");
        assertThatThrownBy(() -> proposals.proposal(other)).isInstanceOf(ObjectNotFoundException.class);
    }

    private void login(String username) {
        ProposalTestSupport.login(context, username);
    }
}
