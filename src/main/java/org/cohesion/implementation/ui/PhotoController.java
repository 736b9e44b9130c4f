package org.cohesion.implementation.ui;

import java.util.regex.Pattern;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.PhotoContent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves milestone photos to signed-in members of the plan's community (the service checks); anything else is
 * "not found". Photos never change, so the signed-in person's browser may keep them.
 */
@RestController
class PhotoController {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final ImplementationService implementation;

    PhotoController(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @GetMapping("/implementation/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable("id") String id) {
        if (!ID.matcher(id).matches()) {
            return notFound();
        }
        PhotoContent photo = implementation.photo(Long.parseLong(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    @ExceptionHandler({ObjectNotFoundException.class,
            org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<byte[]> notVisible() {
        return notFound();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("X-Content-Type-Options", "nosniff").build();
    }
}
