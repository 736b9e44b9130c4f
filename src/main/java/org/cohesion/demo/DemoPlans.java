package org.cohesion.demo;

import java.util.List;
import java.util.Map;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;

/**
 * The demo plans: two or three per demo community, with Chinese and English texts, and together one plan in each
 * phase of the whole process (DemoPhaseSeeder walks them there).
 */
final class DemoPlans {

    record DemoPlan(String community, String title, PlanKind kind, Map<PlanField, String> fields, PlanPhase phase) {

        DemoPlan(String community, String title, PlanKind kind, Map<PlanField, String> fields) {
            this(community, title, kind, fields, PlanPhase.PROPOSAL);
        }
    }

    private DemoPlans() {
    }

    static final List<DemoPlan> ALL = List.of(
            new DemoPlan("CHANGHONG", "长虹口袋公园更新 Changhong Pocket Park Renewal", PlanKind.POCKET_PARK, Map.of(
                    PlanField.LOCATION, "长虹居民区 12 号楼与 14 号楼之间的空地 / The open ground between blocks 12 and 14",
                    PlanField.SUMMARY, "把楼间闲置的硬地改造成老少皆宜的口袋公园：遮阴座椅、儿童游戏角和一块居民共管的花圃。\n\n"
                            + "Turn the unused paved yard between the blocks into a pocket park for all ages: shaded seats, "
                            + "a children's corner and a flower bed tended by residents.",
                    PlanField.GOALS, "1. 让老人有地方坐下聊天，夏天有树荫。\n2. 给 3–8 岁的孩子一个安全的游戏角。\n"
                            + "3. 由居民志愿者共同管理花圃。\n\n1. Seats in the shade where older neighbours can talk.\n"
                            + "2. A safe play corner for children aged 3 to 8.\n3. A flower bed run by resident volunteers.",
                    PlanField.DESIGN_PROPOSAL, "保留现有两棵香樟树，沿树池设置环形座椅；东侧铺设软质地面做儿童游戏角；"
                            + "西侧靠墙设置雨水花园，收集屋面雨水。夜间照明采用低位暖光，避免打扰低层住户。\n\n"
                            + "Keep the two camphor trees and ring them with benches; a soft-surfaced play corner to the east; "
                            + "a rain garden along the west wall collecting roof water. Low, warm lighting at night so "
                            + "ground-floor homes are not disturbed.",
                    PlanField.BUDGET, "380000.00",
                    PlanField.START_DATE, "2027-03-01",
                    PlanField.TARGET_DATE, "2027-09-30"), PlanPhase.CONSULTATION),
            new DemoPlan("CHANGHONG", "长虹居民区非机动车棚整治 Changhong bicycle shelter", PlanKind.PUBLIC_SPACE, Map.of(
                    PlanField.SUMMARY, "重新规划车棚，增加电动自行车充电位，消除飞线充电隐患。\n\n"
                            + "Rebuild the bicycle shelter with safe charging points for e-bikes, ending risky cable runs "
                            + "from windows.",
                    PlanField.BUDGET, "120000.00")),
            new DemoPlan("HUASHAN", "华山花园庭院共建 Huashan Garden courtyard", PlanKind.COURTYARD_GARDEN, Map.of(
                    PlanField.LOCATION, "华山花园中心庭院 / The central courtyard of Huashan Garden",
                    PlanField.SUMMARY, "居民、底商和物业一起重新设计中心庭院，兼顾休憩、晾晒和邻里活动。\n\n"
                            + "Residents, the shops on the ground floor and the property manager redesign the courtyard "
                            + "together: rest, drying laundry and neighbourhood events.",
                    PlanField.GOALS, "保留晾晒区，增加可移动桌椅，每月举办一次庭院集市。\n\n"
                            + "Keep a laundry area, add movable tables and chairs, host a courtyard market once a month.",
                    PlanField.BUDGET, "260000.00",
                    PlanField.TARGET_DATE, "2027-06-30"), PlanPhase.DECISION),
            new DemoPlan("HUASHAN", "华山路沿街店招整治 Huashan Road shopfronts", PlanKind.STREET_RENEWAL, Map.of(
                    PlanField.SUMMARY, "与沿街商户协商统一店招风格，保留老店特色。\n\nAgree a common style for shop signs "
                            + "with the shopkeepers while keeping the character of the old shops."), PlanPhase.IMPLEMENTATION),
            new DemoPlan("SUZHOUCREEK", "周家桥苏州河畔历史文化空间 Zhoujiaqiao heritage space by Suzhou Creek",
                    PlanKind.HISTORICAL_CULTURAL_SITE, Map.of(
                    PlanField.LOCATION, "苏州河长宁段滨河步道，原纺织厂仓库 / Riverside walk, former textile mill warehouse",
                    PlanField.SUMMARY, "把原纺织厂仓库改造成社区记忆馆和滨河驿站，讲述周家桥的工业历史。\n\n"
                            + "Convert the old textile mill warehouse into a community memory hall and riverside rest stop "
                            + "that tells Zhoujiaqiao's industrial story.",
                    PlanField.GOALS, "征集老照片和口述史；保留仓库的木桁架；为跑步和骑行者提供饮水点。\n\n"
                            + "Collect old photos and oral histories; keep the warehouse's timber trusses; water points for "
                            + "runners and cyclists.",
                    PlanField.BUDGET, "1500000.00",
                    PlanField.START_DATE, "2027-05-01",
                    PlanField.TARGET_DATE, "2028-04-30")),
            new DemoPlan("SUZHOUCREEK", "滨河步道夜间照明 Riverside walk lighting", PlanKind.PUBLIC_SPACE, Map.of(
                    PlanField.SUMMARY, "改善滨河步道夜间照明，兼顾安全和生态。\n\nBetter night lighting on the riverside walk, "
                            + "safe for people and gentle on wildlife.")),
            new DemoPlan("TIANSHAN", "天山路街道更新 Tianshan Road street renewal", PlanKind.STREET_RENEWAL, Map.of(
                    PlanField.LOCATION, "天山路（娄山关路至芙蓉江路）/ Tianshan Road, Loushanguan Rd to Furongjiang Rd",
                    PlanField.SUMMARY, "拓宽人行道、增加街边座椅和行道树，让天山路更适合步行。\n\n"
                            + "Wider pavements, street benches and more trees to make Tianshan Road a street for walking.",
                    PlanField.DESIGN_PROPOSAL, "机动车道由四车道缩为两车道加公交港湾；人行道宽度不少于 3 米；"
                            + "每 50 米设置一处座椅。\n\nFour traffic lanes become two plus bus bays; pavements at least "
                            + "3 m wide; a bench every 50 m.",
                    PlanField.BUDGET, "4200000.00")),
            new DemoPlan("TIANSHAN", "天山路居民区屋顶花园 Tianshan rooftop garden", PlanKind.COURTYARD_GARDEN, Map.of(
                    PlanField.SUMMARY, "利用社区活动中心屋顶建设可食地景花园。\n\nAn edible rooftop garden on the community "
                            + "centre.")),
            new DemoPlan("YUYUAN", "愚园路弄堂微更新 Yuyuan Road lane micro-renewal", PlanKind.HISTORICAL_CULTURAL_SITE, Map.of(
                    PlanField.SUMMARY, "修缮石库门弄堂入口，增设社区信息栏和休息角。\n\nRepair the shikumen lane entrance, "
                            + "add a community notice board and a resting corner."), PlanPhase.CLOSED),
            new DemoPlan("CHANGHONG", "长虹居民区健身步道 Changhong fitness trail", PlanKind.PUBLIC_SPACE, Map.of(
                    PlanField.LOCATION, "长虹居民区中心绿地环路 / The loop around Changhong's central green",
                    PlanField.SUMMARY, "沿中心绿地铺设 400 米塑胶健身步道，设置里程标识和拉伸器械。\n\n"
                            + "A 400 m rubber-surfaced fitness trail around the central green, with distance markers "
                            + "and stretching equipment.",
                    PlanField.BUDGET, "180000.00"), PlanPhase.EVALUATION));
}
