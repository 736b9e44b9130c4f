package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cohesion.plan.internal.PlanChangeRepository;
import org.cohesion.plan.internal.PlanRevisionRepository;
import org.junit.jupiter.api.Test;

/**
 * The grouping rule of {@link PlanHistoryRecorder} with a clock under the test's control: consecutive changes
 * of one author within a minute share a revision; a pause, another author or a restore starts the next one.
 */
class PlanHistoryGroupingTest {

    private static final long PLAN = 7;
    private static final long ANNA = 1;
    private static final long BO = 2;
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final List<PlanRevision> saved = new ArrayList<>();
    private final PlanHistoryRecorder recorder = new PlanHistoryRecorder(revisionsInMemory(), unusedChanges(),
            event -> { });

    @Test
    void changesOfOneAuthorWithinAMinuteShareARevision() {
        PlanRevision first = recorder.revisionFor(PLAN, ANNA, T0);
        PlanRevision second = recorder.revisionFor(PLAN, ANNA, T0.plusSeconds(45));
        PlanRevision third = recorder.revisionFor(PLAN, ANNA, T0.plusSeconds(100));

        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(first.getStartedAt()).isEqualTo(T0);
        assertThat(first.getEndedAt()).isEqualTo(T0.plusSeconds(100));
    }

    @Test
    void aPauseOfMoreThanAMinuteStartsTheNextRevision() {
        PlanRevision first = recorder.revisionFor(PLAN, ANNA, T0);
        PlanRevision later = recorder.revisionFor(PLAN, ANNA, T0.plus(Duration.ofSeconds(61)));

        assertThat(later).isNotSameAs(first);
        assertThat(later.getNumber()).isEqualTo(2);
        assertThat(first.getEndedAt()).isEqualTo(T0);
    }

    @Test
    void anotherAuthorStartsTheNextRevision() {
        recorder.revisionFor(PLAN, ANNA, T0);
        PlanRevision bo = recorder.revisionFor(PLAN, BO, T0.plusSeconds(5));
        PlanRevision annaAgain = recorder.revisionFor(PLAN, ANNA, T0.plusSeconds(10));

        assertThat(bo.getNumber()).isEqualTo(2);
        assertThat(annaAgain.getNumber()).isEqualTo(3);
    }

    @Test
    void aRestoreIsARevisionOfItsOwnThatLaterEditsDoNotJoin() {
        recorder.revisionFor(PLAN, ANNA, T0);
        PlanRevision restore = recorder.restoreRevision(PLAN, ANNA, T0.plusSeconds(5), 1);
        PlanRevision edit = recorder.revisionFor(PLAN, ANNA, T0.plusSeconds(10));

        assertThat(restore.getNumber()).isEqualTo(2);
        assertThat(restore.getRestoredFrom()).isEqualTo(1);
        assertThat(edit.getNumber()).isEqualTo(3);
        assertThat(edit.getRestoredFrom()).isNull();
    }

    private PlanRevisionRepository revisionsInMemory() {
        return (PlanRevisionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PlanRevisionRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findFirstByPlanIdOrderByNumberDesc" -> saved.stream()
                            .filter(r -> r.getPlanId() == (long) args[0])
                            .max(Comparator.comparingInt(PlanRevision::getNumber));
                    case "save" -> {
                        saved.add((PlanRevision) args[0]);
                        yield args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PlanChangeRepository unusedChanges() {
        return (PlanChangeRepository) Proxy.newProxyInstance(PlanHistoryGroupingTest.class.getClassLoader(),
                new Class<?>[] {PlanChangeRepository.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
