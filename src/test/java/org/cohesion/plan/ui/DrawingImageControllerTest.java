package org.cohesion.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GET /drawings/{id}/{hash}: served to those who see the plan, cached by checksum, hidden from everyone else.
 * MockMvc is built on the shared test context (with the security filters) rather than with
 * {@code @AutoConfigureMockMvc}, which would start a second context: each context installs its own
 * Vaadin-aware {@code SecurityContextHolder} strategy globally, and tests of the first context that sign in
 * through {@code SecurityContextHolder} would then no longer be seen by its method security.
 */
@SpringBootTest
class DrawingImageControllerTest {

    private static final String CACHE = "private, max-age=31536000, immutable";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    DrawingService drawings;

    @Autowired
    PlanService plans;

    @Autowired
    CommunityService communities;

    @Autowired
    UserDetailsService users;

    byte[] png;
    DrawingInfo drawing;

    @BeforeEach
    void drawingInChanghong() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        DrawingTestSupport.login(users, "planner");
        long planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        png = TestImages.png(64, 48);
        drawing = drawings.upload(planId, "Site plan", png);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void memberOfThePlansCommunityGetsTheImageWithCachingHeaders() throws Exception {
        mvc.perform(get(drawing.url()).with(authentication(as("wangfang"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", CACHE))
                .andExpect(header().string("ETag", "\"" + drawing.sha256() + "\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().longValue("Content-Length", png.length))
                .andExpect(header().doesNotExist("Pragma"))
                .andExpect(content().bytes(png));
    }

    @Test
    void theFullChecksumWorksToo() throws Exception {
        mvc.perform(get("/drawings/" + drawing.id() + "/" + drawing.sha256()).with(authentication(as("planner"))))
                .andExpect(status().isOk())
                .andExpect(content().bytes(png));
    }

    @Test
    void aMatchingIfNoneMatchGivesNotModified() throws Exception {
        MvcResult result = mvc.perform(get(drawing.url()).with(authentication(as("sarah")))
                        .header("If-None-Match", "\"" + drawing.sha256() + "\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"" + drawing.sha256() + "\""))
                .andExpect(header().string("Cache-Control", CACHE))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();

        mvc.perform(get(drawing.url()).with(authentication(as("sarah")))
                        .header("If-None-Match", "\"something-else\", W/\"" + drawing.sha256() + "\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(drawing.url()).with(authentication(as("sarah")))
                        .header("If-None-Match", "\"something-else\""))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongOrMalformedChecksumIsNotFound() throws Exception {
        String wrong = drawing.sha256().startsWith("0") ? "1" : "0";
        mvc.perform(get("/drawings/" + drawing.id() + "/" + wrong + drawing.sha256().substring(1, 16))
                        .with(authentication(as("planner"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/drawings/" + drawing.id() + "/" + drawing.sha256().substring(0, 8))
                        .with(authentication(as("planner"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/drawings/" + drawing.id() + "/NOT-A-HASH").with(authentication(as("planner"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/drawings/abc/" + drawing.sha256().substring(0, 16)).with(authentication(as("planner"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/drawings/" + Long.MAX_VALUE + "/" + drawing.sha256().substring(0, 16))
                        .with(authentication(as("planner"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberOfAnotherCommunityGetsNotFoundEvenWithTheRightChecksum() throws Exception {
        MvcResult result = mvc.perform(get(drawing.url()).with(authentication(as("liming"))))
                .andExpect(status().isNotFound())
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
        mvc.perform(get(drawing.url()).with(authentication(as("liming")))
                        .header("If-None-Match", "\"" + drawing.sha256() + "\""))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousRequestsAreNotServed() throws Exception {
        MvcResult result = mvc.perform(get(drawing.url())).andReturn();
        assertThat(result.getResponse().getStatus()).isIn(302, 401, 403, 404);
        assertThat(result.getResponse().getContentAsByteArray()).isNotEqualTo(png);
        assertThat(result.getResponse().getContentType()).isNotEqualTo("image/png");
    }

    private Authentication as(String username) {
        return DrawingTestSupport.authentication(users, username);
    }
}
