package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.proposal.ProposalServiceTest.assertRefused;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Base64;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A proposal's optional photo: checked by its bytes and content, stored, served only to members. */
@SpringBootTest
class ProposalPhotoTest {

    /** A real 1×1 lossless WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProposalService proposals;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void filesAreJudgedByTheirContentNotTheirName() {
        assertThat(check(TestImages.png(40, 30))).isEqualTo(PhotoFiles.PNG);
        assertThat(check(TestImages.jpeg(40, 30))).isEqualTo(PhotoFiles.JPEG);
        assertThat(check(WEBP)).isEqualTo(PhotoFiles.WEBP);
        assertThat(check(TestImages.text())).isNull();
        assertThat(check(TestImages.truncatedPng())).isNull();
        assertThat(check(TestImages.pngSignatureThenZeros(2000))).isNull();
        assertThat(check(new byte[0])).isNull();
        // the WebP container's signature with nothing sound inside, or cut short
        byte[] fakeWebp = Arrays.copyOf(WEBP, WEBP.length);
        fakeWebp[20] = 0x41;
        assertThat(check(fakeWebp)).isNull();
        assertThat(check(Arrays.copyOf(WEBP, WEBP.length - 4))).isNull();
        byte[] riffText = "RIFF\u0010\u0000\u0000\u0000WEBPhello, world".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(check(riffText)).isNull();
    }

    @Test
    void aPhotoIsStoredWithTheProposalAndServedToMembersOnly() throws Exception {
        login("wangfang");
        long changhong = ProposalTestSupport.changhong(context);
        byte[] png = TestImages.png(64, 48);
        long id = proposals.create(new NewProposal(changhong, "Photo", "With a photo.", SpaceKind.STREET,
                "Lane 1350", png));
        ProposalDetails d = proposals.proposal(id);
        assertThat(d.photoUrl()).startsWith("proposal-photos/" + id + "/");
        assertThat(proposals.photo(id).bytes()).isEqualTo(png);
        assertThat(proposals.photo(id).contentType()).isEqualTo("image/png");

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SecurityContextHolder.clearContext();
        mvc.perform(get("/" + d.photoUrl()).with(authentication(as("sarah"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
        mvc.perform(get("/" + d.photoUrl()).with(authentication(as("liming")))).andExpect(status().isNotFound());
        mvc.perform(get("/proposal-photos/" + id + "/0000000000000000").with(authentication(as("sarah"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/" + d.photoUrl())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRenamedTextFileOrAnOversizedPhotoIsRefusedAndNothingIsStored() {
        login("wangfang");
        long changhong = ProposalTestSupport.changhong(context);
        long before = proposals.count(new ProposalFilter(changhong, null, null, null));
        assertRefused(() -> proposals.create(new NewProposal(changhong, "t", "d", SpaceKind.OTHER, "l",
                TestImages.text())), "proposal.photo.not-an-image", "photo");
        byte[] big = TestImages.pngSignatureThenZeros(PhotoFiles.MAX_BYTES + 1);
        assertRefused(() -> proposals.create(new NewProposal(changhong, "t", "d", SpaceKind.OTHER, "l", big)),
                "proposal.photo.too-large", "photo");
        assertRefused(() -> proposals.checkPhoto(TestImages.text()), "proposal.photo.not-an-image", "photo");
        assertThat(proposals.count(new ProposalFilter(changhong, null, null, null))).isEqualTo(before);

        long without = ProposalTestSupport.propose(context, "No photo");
        assertThat(proposals.proposal(without).photoUrl()).isNull();
        assertThatThrownBy(() -> proposals.photo(without)).isInstanceOf(ObjectNotFoundException.class);
        long webp = proposals.create(new NewProposal(changhong, "WebP", "d", SpaceKind.OTHER, "l", WEBP));
        assertThat(proposals.photo(webp).contentType()).isEqualTo("image/webp");
    }

    private static String check(byte[] bytes) {
        return PhotoFiles.check(new org.cohesion.base.Validation(), bytes);
    }

    private void login(String username) {
        SecurityContextHolder.getContext().setAuthentication(as(username));
    }

    private Authentication as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
