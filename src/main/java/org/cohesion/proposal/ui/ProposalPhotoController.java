package org.cohesion.proposal.ui;

import java.util.regex.Pattern;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.proposal.ProposalPhotoImage;
import org.cohesion.proposal.ProposalService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a proposal's photo to signed-in members of its community (the service checks). The URL names the start
 * of the photo's checksum, so the browser may keep it privately; anything unknown, not visible or with another
 * checksum is "not found".
 */
@RestController
class ProposalPhotoController {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,64}");
    static final String CACHE = "private, max-age=31536000, immutable";

    private final ProposalService proposals;

    ProposalPhotoController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/proposal-photos/{id}/{hash}")
    ResponseEntity<byte[]> photo(@PathVariable("id") String id, @PathVariable("hash") String hash) {
        if (!ID.matcher(id).matches() || !HASH.matcher(hash).matches()) {
            return notFound();
        }
        ProposalPhotoImage image = proposals.photo(Long.parseLong(id));
        if (!image.sha256().startsWith(hash)) {
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .eTag("\"" + image.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    @ExceptionHandler({ObjectNotFoundException.class, AccessDeniedException.class})
    ResponseEntity<byte[]> notVisible() {
        return notFound();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("X-Content-Type-Options", "nosniff").build();
    }
}
