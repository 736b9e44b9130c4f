package org.cohesion.demo;

import java.util.List;
import org.cohesion.people.Community;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.proposal.NewProposal;
import org.cohesion.proposal.ProposalDecisions;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.SpaceKind;
import org.cohesion.proposal.internal.ProposalRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Seeds resident proposals through the real proposal services, each step signed in as its demo user: in
 * Changhong (threshold 3) one READY, one OPEN with a supporter, one DECLINED with its reason and one that became
 * a new plan; in Huashan Garden one OPEN. Skips a community that has its first demo proposal already.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
@Order(110)
class DemoProposalSeeder {

    static final String READY_TITLE = "长虹菜场门口增设自行车停放架 Bike racks at the Changhong market gate";
    private static final Logger log = LoggerFactory.getLogger(DemoProposalSeeder.class);

    private record Demo(String author, String title, String description, SpaceKind kind, String location,
                        List<String> supporters) {
    }

    private static final Demo READY = new Demo("wangfang", READY_TITLE, """
            菜场门口的自行车总是停得满地都是，老人买菜进出很不方便。建议在门口东侧空地设置两排停放架。
            Bicycles block the market gate every morning; two rows of racks on the empty strip east of the gate \
            would keep the way clear for older shoppers.""", SpaceKind.MARKET, "长虹菜场东侧 East side of Changhong market",
            List.of("sarah", "moderator", "planner"));
    private static final Demo OPEN = new Demo("sarah", "儿童游乐区遮阳棚 Shade sails over the playground", """
            By ten o'clock in summer the slide is too hot to touch. Shade sails over the play corner would let \
            children play in the morning.
            夏天十点以后滑梯就烫得不能碰，希望在游乐区加装遮阳帆。""", SpaceKind.POCKET_PARK,
            "长虹口袋公园游乐区 Play corner of the Changhong pocket park", List.of("wangfang"));
    private static final Demo DECLINED = new Demo("wangfang", "12号楼前草坪改建停车位 Parking on the lawn of building 12", """
            晚上回来经常找不到车位，建议把12号楼前的草坪改成停车位。
            There is nowhere to park in the evening; the lawn in front of building 12 could become parking.""",
            SpaceKind.COURTYARD, "12号楼前 In front of building 12", List.of());
    private static final String DECLINE_REASON = """
            草坪是小区仅有的一块绿地，旁边是消防通道，不能改作停车。街道正在与附近商场商谈夜间共享车位。
            The lawn is the estate's only green space and borders the fire lane, so it cannot become parking. \
            The street office is negotiating shared night-time parking with the nearby mall.""";
    private static final Demo PLAN = new Demo("sarah", "社区中心读书角 Reading corner in the community centre", """
            The community centre's side room stands empty most days. Shelves, good light and a few armchairs would \
            make it a reading corner for children after school and for older residents in the morning.
            社区中心的侧厅大多数时间空着，建议改成读书角。""", SpaceKind.COMMUNITY_CENTRE,
            "长虹社区中心侧厅 Side room of the Changhong community centre", List.of("wangfang", "moderator", "planner"));
    private static final Demo HUASHAN = new Demo("liming", "华山花园沿街店铺外摆区 Outdoor seating along the Huashan shops", """
            沿街的小店希望在人行道较宽的一段设置统一的外摆座椅，晚上更有生气。
            The shops would like shared outdoor seating where the pavement is wide.""", SpaceKind.STREET,
            "华山路沿街 Along Huashan Road", List.of("moderator"));

    private final ProposalService proposals;
    private final ProposalDecisions decisions;
    private final ProposalRepository repository;
    private final CommunityRepository communities;
    private final DemoSignIn signIn;

    DemoProposalSeeder(ProposalService proposals, ProposalDecisions decisions, ProposalRepository repository,
                       CommunityRepository communities, DemoSignIn signIn) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.repository = repository;
        this.communities = communities;
        this.signIn = signIn;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        try {
            int seeded = seed();
            if (seeded > 0) {
                log.info("Seeded {} demo proposals", seeded);
            }
        } catch (RuntimeException e) {
            log.warn("Could not seed demo proposals", e);
        }
    }

    int seed() {
        Community changhong = communities.findByInviteCode("CHANGHONG").orElse(null);
        Community huashan = communities.findByInviteCode("HUASHAN").orElse(null);
        if (changhong == null || huashan == null) {
            return 0;
        }
        SecurityContext previous = signIn.current();
        int seeded = 0;
        try {
            if (!repository.existsByCommunityIdAndTitle(changhong.getId(), READY_TITLE)) {
                signIn.as("planner");
                proposals.updateRules(changhong.getId(), 3, 60);
                create(changhong.getId(), READY);
                create(changhong.getId(), OPEN);
                long declined = create(changhong.getId(), DECLINED);
                long plan = create(changhong.getId(), PLAN);
                signIn.as("planner");
                decisions.decline(declined, DECLINE_REASON.strip());
                decisions.convertToPlan(plan);
                seeded += 4;
            }
            if (!repository.existsByCommunityIdAndTitle(huashan.getId(), HUASHAN.title())) {
                create(huashan.getId(), HUASHAN);
                seeded++;
            }
        } finally {
            signIn.restore(previous);
        }
        return seeded;
    }

    private long create(long communityId, Demo demo) {
        signIn.as(demo.author());
        long id = proposals.create(new NewProposal(communityId, demo.title(), demo.description().strip(),
                demo.kind(), demo.location()));
        for (String supporter : demo.supporters()) {
            signIn.as(supporter);
            proposals.support(id);
        }
        return id;
    }
}
