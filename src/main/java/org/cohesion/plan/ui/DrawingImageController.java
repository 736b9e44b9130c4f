package org.cohesion.plan.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Pattern;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.plan.DrawingImage;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.UncheckedPlanReader;
import org.cohesion.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the image of a site drawing at {@link DrawingInfo#url()} to signed-in people who may see its plan, and
 * to browsers a {@link DrawingGuestAccess} lets in (guests of a live session of the plan).
 * The URL names the content's checksum, so the response may be cached privately for a year; anything not
 * visible, unknown or with a checksum that does not match is "not found".
 */
@RestController
class DrawingImageController {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,64}");
    /** Only this person's browser caches it (never a shared proxy), for a year, without revalidating. */
    static final String CACHE = "private, max-age=31536000, immutable";

    private final DrawingService drawings;
    private final UncheckedPlanReader unchecked;
    private final CurrentUser currentUser;
    private final List<DrawingGuestAccess> guestAccess;

    DrawingImageController(DrawingService drawings, UncheckedPlanReader unchecked, CurrentUser currentUser,
                           List<DrawingGuestAccess> guestAccess) {
        this.drawings = drawings;
        this.unchecked = unchecked;
        this.currentUser = currentUser;
        this.guestAccess = guestAccess;
    }

    @GetMapping("/drawings/{id}/{hash}")
    ResponseEntity<byte[]> image(@PathVariable("id") String id, @PathVariable("hash") String hash,
                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                 String ifNoneMatch, HttpServletRequest request) {
        if (!ID.matcher(id).matches() || !HASH.matcher(hash).matches()) {
            return notFound();
        }
        long drawingId = Long.parseLong(id);
        DrawingInfo info = null;
        boolean asGuest = false;
        if (currentUser.find().isPresent()) {
            try {
                info = drawings.drawing(drawingId);
            } catch (ObjectNotFoundException e) {
                // not a member of the plan's community: perhaps a guest of one of its sessions
            }
        }
        if (info == null) {
            HttpSession session = request.getSession(false);
            info = unchecked.drawing(drawingId).filter(d -> session != null
                    && guestAccess.stream().anyMatch(g -> g.mayView(d.planId(), session))).orElse(null);
            asGuest = true;
        }
        if (info == null || !info.sha256().startsWith(hash)) {
            return notFound();
        }
        String etag = "\"" + info.sha256() + "\"";
        if (matches(ifNoneMatch, info.sha256())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        DrawingImage image = asGuest ? unchecked.image(drawingId) : drawings.image(drawingId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    @ExceptionHandler(ObjectNotFoundException.class)
    ResponseEntity<byte[]> notVisible() {
        return notFound();
    }

    /** True when an If-None-Match header names this checksum (strong or weak) or is "*". */
    static boolean matches(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(sha256)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("X-Content-Type-Options", "nosniff").build();
    }
}
