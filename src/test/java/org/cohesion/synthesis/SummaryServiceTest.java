package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The "what we heard" draft: citations enforced, publishing and versions, what residents see, bad input. */
class SummaryServiceTest extends KaribuTest {

    @Autowired
    SummaryService summaries;

    SynthesisFixture f;
    String pin;
    String general;

    @BeforeEach
    void fixture() throws Exception {
        f = SynthesisFixture.create(context, this::login);
        pin = "annotation:" + f.pin.id();
        general = "comment:" + f.general.id();
    }

    static Message error(ValidationException e, String field) {
        return e.fieldErrors().get(field);
    }

    @Test
    void aLineWithoutASourceCannotBePublished() {
        SummaryDraft draft = summaries.saveDraft(f.planId, null, List.of(
                new SummaryLine("Older residents want benches in the shade.", List.of(pin)),
                new SummaryLine("People also worry about the dark corner.", List.of())));
        assertThat(draft.lines()).hasSize(2);
        assertThatThrownBy(() -> summaries.publish(f.planId, draft.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("line-2");
                    assertThat(error(e, "line-2")).isEqualTo(new Message("synthesis.publish.uncited", 2,
                            "People also worry about the dark corner."));
                });
        assertThat(summaries.published(f.planId)).isEmpty();
        assertThat(summaries.versions(f.planId)).isEmpty();
    }

    @Test
    void publishingFreezesAVersionAndLaterEditsMakeANewOne() {
        SummaryDraft d1 = summaries.saveDraft(f.planId, null, List.of(
                new SummaryLine("Benches in the shade. 树荫下的长椅。", List.of(pin, general))));
        PublishedSummary v1 = summaries.publish(f.planId, d1.version());
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.authorName()).isEqualTo("陈静 Chen Jing");
        assertThat(v1.contributions()).isEqualTo(6);
        assertThat(v1.participants()).isEqualTo(4);
        assertThat(v1.lines()).hasSize(1);
        assertThat(v1.lines().get(0).citations()).extracting(Citation::id).containsExactly(pin, general);
        Citation cited = v1.lines().get(0).citations().get(1);
        assertThat(cited.authorName()).isEqualTo("Sarah Miller");
        assertThat(cited.link()).isEqualTo("plans/" + f.planId);

        // the cited comment is edited afterwards: version 1 keeps what it said when published
        login("sarah");
        context.getBean(DiscussionService.class).edit(f.general.id(), "Changed my mind");
        login("moderator");
        SummaryDraft d2 = summaries.saveDraft(f.planId, d1.version(), List.of(
                new SummaryLine("Benches in the shade.", List.of(pin)),
                new SummaryLine("A rethink on lighting.", List.of(general))));
        PublishedSummary v2 = summaries.publish(f.planId, d2.version());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.authorName()).isEqualTo("张伟 Zhang Wei");
        assertThat(v2.lines().get(1).citations().get(0).text()).isEqualTo("Changed my mind");

        assertThat(summaries.versions(f.planId)).extracting(SummaryVersionInfo::number).containsExactly(2, 1);
        PublishedSummary old = summaries.version(f.planId, 1).orElseThrow();
        assertThat(old.lines().get(0).text()).isEqualTo("Benches in the shade. 树荫下的长椅。");
        assertThat(old.lines().get(0).citations().get(1).text()).startsWith("=cmd|");
    }

    @Test
    void residentsReadOnlyThePublishedVersion() {
        SummaryDraft d1 = summaries.saveDraft(f.planId, null, List.of(new SummaryLine("Published line", List.of(pin))));
        summaries.publish(f.planId, d1.version());
        summaries.saveDraft(f.planId, d1.version(), List.of(new SummaryLine("Draft only, not yet public",
                List.of(pin))));

        login("wangfang");
        PublishedSummary seen = summaries.published(f.planId).orElseThrow();
        assertThat(seen.lines()).extracting(PublishedLine::text).containsExactly("Published line");
        assertThatThrownBy(() -> summaries.draft(f.planId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.versions(f.planId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.version(f.planId, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.saveDraft(f.planId, null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.publish(f.planId, 0)).isInstanceOf(AccessDeniedException.class);

        login("liming");
        assertThatThrownBy(() -> summaries.published(f.planId)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void aStaleDraftIsRefusedAndChangesNothing() {
        SummaryDraft first = summaries.saveDraft(f.planId, null, List.of(new SummaryLine("One", List.of(pin))));
        summaries.saveDraft(f.planId, first.version(), List.of(new SummaryLine("Two", List.of(pin))));
        assertThatThrownBy(() -> summaries.saveDraft(f.planId, first.version(),
                List.of(new SummaryLine("Three", List.of(pin)))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(error(e, "draft").key()).isEqualTo("synthesis.draft.stale"));
        assertThatThrownBy(() -> summaries.saveDraft(f.planId, null, List.of(new SummaryLine("Four", List.of()))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> summaries.publish(f.planId, first.version()))
                .isInstanceOf(ValidationException.class);
        assertThat(summaries.draft(f.planId).lines()).extracting(SummaryLine::text).containsExactly("Two");
    }

    @Test
    void badLinesAreRefusedWithTheirNumber() {
        String tooLong = "长".repeat(SummaryService.MAX_LINE + 1);
        assertThatThrownBy(() -> summaries.saveDraft(f.planId, null, List.of(
                new SummaryLine("fine", List.of(pin)), new SummaryLine(tooLong, List.of(pin)),
                new SummaryLine("  ", List.of(pin)), new SummaryLine("forged", List.of("annotation:999999999")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(error(e, "line-2").key()).isEqualTo("synthesis.line.too-long");
                    assertThat(error(e, "line-3").key()).isEqualTo("synthesis.line.required");
                    assertThat(error(e, "line-4").key()).isEqualTo("synthesis.line.unknown-citation");
                    assertThat(e.fieldErrors()).doesNotContainKey("line-1");
                });
        List<SummaryLine> many = new ArrayList<>();
        for (int i = 0; i <= SummaryService.MAX_LINES; i++) {
            many.add(new SummaryLine("line " + i, List.of(pin)));
        }
        assertThatThrownBy(() -> summaries.saveDraft(f.planId, null, many))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(error(e, "lines").key()).isEqualTo("synthesis.lines.too-many"));
        assertThat(summaries.draft(f.planId).version()).as("nothing saved").isNull();
        // empty rows are dropped, HTML stays text
        SummaryDraft saved = summaries.saveDraft(f.planId, null, List.of(new SummaryLine("", List.of()),
                new SummaryLine("<b>bold</b>", List.of(pin, pin))));
        assertThat(saved.lines()).containsExactly(new SummaryLine("<b>bold</b>", List.of(pin)));
    }

    @Test
    void aModeratorWhoIsAMemberPublishes() {
        login("moderator");
        SummaryDraft d = summaries.saveDraft(f.planId, null, List.of(new SummaryLine("Heard", List.of(pin))));
        assertThat(summaries.publish(f.planId, d.version()).number()).isEqualTo(1);
        login("sarah");
        assertThat(summaries.published(f.planId)).isPresent();
    }
}
