package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.security.CohesionUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Site drawings through the service: checks by content, storage with checksum, and who may do what. */
@SpringBootTest
class DrawingServiceTest {

    @Autowired
    DrawingService drawings;

    @Autowired
    PlanService plans;

    @Autowired
    CommunityService communities;

    @Autowired
    UserDetailsService users;

    long planId;

    @BeforeEach
    void planInChanghong() {
        login("planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void coEditorUploadsPngAndJpegAndReadsThemBack() throws Exception {
        byte[] png = TestImages.png(400, 250);
        byte[] jpeg = TestImages.jpeg(320, 200);

        DrawingInfo first = drawings.upload(planId, "  Site plan  ", png);
        DrawingInfo second = drawings.upload(planId, "Photo of the corner", jpeg);

        assertThat(first.title()).isEqualTo("Site plan");
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.width()).isEqualTo(400);
        assertThat(first.height()).isEqualTo(250);
        assertThat(first.sizeBytes()).isEqualTo(png.length);
        assertThat(first.sha256()).isEqualTo(sha256(png));
        assertThat(first.url()).isEqualTo("/drawings/" + first.id() + "/" + sha256(png).substring(0, 16));
        assertThat(second.contentType()).isEqualTo("image/jpeg");
        assertThat(second.width()).isEqualTo(320);

        DrawingImage image = drawings.image(first.id());
        assertThat(image.bytes()).isEqualTo(png);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.sha256()).isEqualTo(sha256(png));
        assertThat(drawings.image(second.id()).bytes()).isEqualTo(jpeg);

        assertThat(drawings.drawings(planId)).as("what upload returns is what is read back")
                .containsExactly(first, second);
        assertThat(drawings.drawing(first.id())).isEqualTo(first);
        assertThat(plans.open(planId).drawings()).extracting(DrawingInfo::title)
                .containsExactly("Site plan", "Photo of the corner");
    }

    @Test
    void demoSiteDrawingsAreAccepted() {
        DrawingInfo demo = drawings.upload(planId, "Demo site plan",
                org.cohesion.demo.SiteDrawingGenerator.generate("Changhong pocket park"));
        assertThat(demo.width()).isEqualTo(1600);
        assertThat(demo.height()).isEqualTo(1000);
        assertThat(demo.contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesFilesByContentAndStoresNothing() {
        assertRefused(() -> drawings.upload(planId, "notes.png", TestImages.text()),
                "file", "plan.drawing.not-an-image");
        assertRefused(() -> drawings.upload(planId, "Huge", TestImages.pngSignatureThenZeros(11 * 1024 * 1024)),
                "file", "plan.drawing.too-large");
        assertRefused(() -> drawings.upload(planId, "Wide", TestImages.png(8001, 10)),
                "file", "plan.drawing.too-big-dimensions");
        assertRefused(() -> drawings.upload(planId, "Claims to be huge", TestImages.pngHeaderOnly(100_000, 100_000)),
                "file", "plan.drawing.too-big-dimensions");
        assertRefused(() -> drawings.upload(planId, "Broken", TestImages.truncatedPng()),
                "file", "plan.drawing.not-an-image");
        assertRefused(() -> drawings.upload(planId, "Only a signature", TestImages.pngSignatureThenZeros(64)),
                "file", "plan.drawing.not-an-image");
        assertRefused(() -> drawings.upload(planId, "Empty", new byte[0]), "file", "plan.drawing.not-an-image");
        assertRefused(() -> drawings.upload(planId, "   ", TestImages.png(10, 10)), "title", "validation.required");
        assertRefused(() -> drawings.upload(planId, "x".repeat(201), TestImages.png(10, 10)),
                "title", "validation.too-long");

        assertThat(drawings.drawings(planId)).isEmpty();
    }

    @Test
    void acceptsTheLimitsThemselves() {
        byte[] almostTenMegabytes = TestImages.noisyPng(1800, 1800);
        assertThat(almostTenMegabytes.length).isBetween(9_000_000, 10 * 1024 * 1024);
        DrawingInfo large = drawings.upload(planId, "Large", almostTenMegabytes);
        assertThat(drawings.image(large.id()).bytes()).isEqualTo(almostTenMegabytes);
        DrawingInfo tall = drawings.upload(planId, "Tall", TestImages.png(1, 8000));
        assertThat(tall.height()).isEqualTo(8000);
        DrawingInfo titled = drawings.upload(planId, "长".repeat(200), TestImages.png(10, 10));
        assertThat(titled.title()).hasSize(200);
    }

    @Test
    void residentWhoIsNotACoEditorReadsButCannotChange() {
        DrawingInfo drawing = drawings.upload(planId, "Site plan", TestImages.png(40, 30));

        login("wangfang");
        assertThatThrownBy(() -> drawings.upload(planId, "Mine", TestImages.png(40, 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drawings.delete(drawing.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(drawings.drawings(planId)).extracting(DrawingInfo::id).containsExactly(drawing.id());
        assertThat(drawings.image(drawing.id()).bytes()).hasSize((int) drawing.sizeBytes());
        assertThat(plans.open(planId).canEdit()).isFalse();
    }

    @Test
    void residentInvitedAsCoEditorMayUpload() {
        CohesionUser wangfang = (CohesionUser) users.loadUserByUsername("wangfang");
        plans.addEditor(planId, wangfang.id());

        login("wangfang");
        DrawingInfo mine = drawings.upload(planId, "Our sketch", TestImages.jpeg(60, 40));
        assertThat(drawings.drawings(planId)).extracting(DrawingInfo::id).contains(mine.id());
    }

    @Test
    void memberOfAnotherCommunityFindsNothing() {
        DrawingInfo drawing = drawings.upload(planId, "Site plan", TestImages.png(40, 30));

        login("liming");
        assertThatThrownBy(() -> drawings.image(drawing.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.drawing(drawing.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.drawings(planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.upload(planId, "Forged", TestImages.png(40, 30)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.delete(drawing.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.image(Long.MAX_VALUE)).isInstanceOf(ObjectNotFoundException.class);

        login("planner");
        assertThat(drawings.drawings(planId)).hasSize(1);
    }

    @Test
    void nobodySignedInIsRefused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> drawings.drawings(planId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void coEditorDeletesADrawingAndItsBytes() {
        DrawingInfo drawing = drawings.upload(planId, "Old survey", TestImages.png(40, 30));
        DrawingInfo kept = drawings.upload(planId, "New survey", TestImages.png(41, 30));

        drawings.delete(drawing.id());

        assertThat(drawings.drawings(planId)).extracting(DrawingInfo::id).containsExactly(kept.id());
        assertThatThrownBy(() -> drawings.image(drawing.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> drawings.delete(drawing.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    private void login(String username) {
        DrawingTestSupport.login(users, username);
    }

    private static void assertRefused(Supplier<DrawingInfo> upload, String field, String key) {
        assertThatThrownBy(upload::get).isInstanceOfSatisfying(ValidationException.class, e -> {
            Message message = e.fieldErrors().get(field);
            assertThat(message).as(e.fieldErrors().toString()).isNotNull();
            assertThat(message.key()).isEqualTo(key);
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
