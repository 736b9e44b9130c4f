package org.cohesion.trace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.notification.NotificationPreference;
import org.cohesion.notification.NotificationService;
import org.cohesion.notification.ui.NotificationPreferenceField;
import org.cohesion.people.CommunityService;
import org.cohesion.people.User;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.ratelimit.RateLimits;
import org.cohesion.security.Role;
import org.junit.jupiter.api.Test;

/** The start page's "What happened to my input": cards with outcomes, text shown as text, older input on request. */
class InputTraceSectionTest extends KaribuTest {

    @Test
    void aResidentSeesHerInputAsTextLoadsOlderInputAndChoosesHerNotifications() {
        login("planner");
        long planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        login("sarah");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        for (int i = 0; i < InputTraceSection.PAGE + 3; i++) {
            context.getBean(RateLimits.class).reset();
            discussion.post(thread, null, i == InputTraceSection.PAGE + 2 ? "<script>alert(1)</script> <b>bold</b>"
                    : "Comment " + i);
        }
        UI.getCurrent().navigate("");
        InputTraceSection section = _get(InputTraceSection.class);
        List<TracedInputCard> cards = _find(section, TracedInputCard.class);
        assertThat(cards).hasSize(InputTraceSection.PAGE);
        String html = cards.get(0).getElement().getOuterHTML();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("<b>");
        assertThat(_find(cards.get(0), Anchor.class)).extracting(Anchor::getText)
                .contains("on the plan “" + context.getBean(PlanService.class).open(planId).value(PlanField.TITLE)
                        + "”");
        assertThat(cards.get(0).getElement().getText() + html).contains("The plan is now in the phase: Consultation");

        assertThat(section.more.isVisible()).isTrue();
        _click(section.more);
        assertThat(_find(section, TracedInputCard.class).size()).isGreaterThan(InputTraceSection.PAGE);

        NotificationPreferenceField preference = _get(section, NotificationPreferenceField.class);
        assertThat(preference.getValue()).isEqualTo(NotificationPreference.ALL);
        _setValue(preference, NotificationPreference.MY_INPUT);
        assertThat(context.getBean(NotificationService.class).preference()).isEqualTo(NotificationPreference.MY_INPUT);
        _setValue(preference, NotificationPreference.ALL);
        assertThat(context.getBean(NotificationService.class).preference()).isEqualTo(NotificationPreference.ALL);
    }

    @Test
    void someoneWithoutInputIsToldHowToGiveSome() {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        context.getBean(UserRepository.class).save(new User(newcomer, "新来的 Newcomer", "{noop}unused",
                Locale.ENGLISH, Set.of(Role.RESIDENT), Instant.now()));
        login(newcomer);
        UI.getCurrent().navigate("");
        InputTraceSection section = _get(InputTraceSection.class);
        assertThat(section.getElement().getOuterHTML()).contains("You have not given any input yet");
        assertThat(section.more.isVisible()).isFalse();
    }
}
