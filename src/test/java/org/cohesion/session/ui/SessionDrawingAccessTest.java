package org.cohesion.session.ui;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.TestImages;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Guests load the drawings of the plan of a live session they hold a pass of (kept in their HTTP session), and
 * nothing else: no pass, a forged pass, another plan's drawing or an ended session is "not found".
 */
@SpringBootTest
class SessionDrawingAccessTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SessionService sessions;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGuestPassOfALiveSessionOpensThatPlansDrawingsOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SessionSummary s = SessionTestSupport.liveSession(context);
        byte[] png = TestImages.png(40, 30);
        DrawingInfo drawing = context.getBean(DrawingService.class).upload(s.planId(), "Site", png);
        SessionSummary other = SessionTestSupport.liveSession(context);
        DrawingInfo otherDrawing = context.getBean(DrawingService.class).upload(other.planId(), "Other", png);
        SecurityContextHolder.clearContext();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");

        mvc.perform(get(drawing.url())).andExpect(status().isNotFound());
        mvc.perform(get(drawing.url()).session(withPasses(guest)))
                .andExpect(status().isOk()).andExpect(content().bytes(png));
        mvc.perform(get(otherDrawing.url()).session(withPasses(guest))).andExpect(status().isNotFound());
        SessionPass forged = new SessionPass(guest.sessionId(), guest.participantId(), "forged-forged-forged-f");
        mvc.perform(get(drawing.url()).session(withPasses(forged))).andExpect(status().isNotFound());

        SessionTestSupport.scheduledSession(context); // signs the planner in
        sessions.end(s.id());
        SecurityContextHolder.clearContext();
        mvc.perform(get(drawing.url()).session(withPasses(guest))).andExpect(status().isNotFound());
    }

    private static MockHttpSession withPasses(SessionPass... passes) {
        MockHttpSession session = new MockHttpSession();
        Map<Long, SessionPass> map = new HashMap<>();
        for (SessionPass p : passes) {
            map.put(p.sessionId(), p);
        }
        session.setAttribute(SessionPasses.ATTRIBUTE, map);
        return session;
    }
}
