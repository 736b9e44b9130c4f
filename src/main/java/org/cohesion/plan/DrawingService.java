package org.cohesion.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Validation;
import org.cohesion.plan.internal.PlanDrawingContentRepository;
import org.cohesion.plan.internal.PlanDrawingRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.cohesion.base.Transactions;

/**
 * Site drawings of plans: co-editors upload and delete them, everyone who sees the plan sees them. Files are
 * checked by content (PNG or JPEG, at most 10 MB and 8000 px per side) and stored in the database.
 */
@Service
public class DrawingService {

    /** The largest file accepted, in bytes (10 MB). */
    public static final int MAX_BYTES = DrawingFiles.MAX_BYTES;
    /** The most pixels a drawing may have along either side. */
    public static final int MAX_SIDE = DrawingFiles.MAX_SIDE;
    /** The most characters of a drawing's title. */
    public static final int MAX_TITLE = DrawingFiles.MAX_TITLE;

    private final PlanDrawingRepository drawings;
    private final PlanDrawingContentRepository contents;
    private final PlanAccess access;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    DrawingService(PlanDrawingRepository drawings, PlanDrawingContentRepository contents, PlanAccess access,
                   CurrentUser currentUser, Transactions transactions, Clock clock) {
        this.drawings = drawings;
        this.contents = contents;
        this.access = access;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Adds a PNG or JPEG drawing (checked by content) to a plan the viewer co-edits; stores nothing if refused. */
    @PreAuthorize("isAuthenticated()")
    public DrawingInfo upload(long planId, String title, byte[] bytes) {
        transactions.read(() -> access.editable(planId));
        String checkedTitle = title == null ? null : title.strip();
        Validation v = new Validation();
        v.required("title", checkedTitle).maxLength("title", checkedTitle, MAX_TITLE);
        DrawingFiles.Checked file = DrawingFiles.check(v, bytes);
        v.throwIfInvalid();
        String sha256 = DrawingFiles.sha256(bytes);
        long me = currentUser.requireId();
        return transactions.write(() -> {
            access.editable(planId);
            PlanDrawing drawing = drawings.save(new PlanDrawing(planId, checkedTitle, file.contentType(),
                    file.width(), file.height(), bytes.length, sha256, me, now()));
            contents.save(new PlanDrawingContent(drawing.getId(), bytes));
            return DrawingInfo.of(drawing);
        });
    }

    /** The drawings of a plan the viewer may see, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<DrawingInfo> drawings(long planId) {
        return transactions.read(() -> {
            access.visible(planId);
            return drawings.findByPlanIdOrderByIdAsc(planId).stream().map(DrawingInfo::of).toList();
        });
    }

    /** A drawing's metadata, if the viewer may see its plan; else ObjectNotFoundException. */
    @PreAuthorize("isAuthenticated()")
    public DrawingInfo drawing(long drawingId) {
        return transactions.read(() -> DrawingInfo.of(visibleDrawing(drawingId)));
    }

    /** A drawing's bytes, if the viewer may see its plan; else ObjectNotFoundException. */
    @PreAuthorize("isAuthenticated()")
    public DrawingImage image(long drawingId) {
        return transactions.read(() -> {
            PlanDrawing drawing = visibleDrawing(drawingId);
            PlanDrawingContent content = contents.findById(drawingId)
                    .orElseThrow(() -> new ObjectNotFoundException("Drawing " + drawingId));
            return new DrawingImage(drawing.getContentType(), content.getContent(), drawing.getSha256());
        });
    }

    /** Removes a drawing (and its bytes) from a plan the viewer co-edits. */
    @PreAuthorize("isAuthenticated()")
    public void delete(long drawingId) {
        transactions.write(() -> {
            PlanDrawing drawing = visibleDrawing(drawingId);
            access.editable(drawing.getPlanId());
            contents.deleteById(drawingId);
            drawings.delete(drawing);
            drawings.flush();
            return drawing.getId();
        });
    }

    /** Now, to the microsecond the database keeps, so what upload returns equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private PlanDrawing visibleDrawing(long drawingId) {
        PlanDrawing drawing = drawings.findById(drawingId)
                .orElseThrow(() -> new ObjectNotFoundException("Drawing " + drawingId));
        try {
            access.visible(drawing.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Drawing " + drawingId);
        }
        return drawing;
    }
}
