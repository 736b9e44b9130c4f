package org.cohesion.implementation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.implementation.internal.MilestonePhotoContentRepository;
import org.cohesion.implementation.internal.MilestonePhotoRepository;
import org.cohesion.implementation.internal.MilestoneRepository;
import org.cohesion.implementation.internal.PhotoFiles;
import org.cohesion.implementation.internal.StatusUpdateRepository;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The implementation of a plan: milestones (target and actual dates, progress, status) with photos, and status
 * updates. The plan's planners keep them while the plan is in IMPLEMENTATION; everyone who may see the plan reads
 * them, then and later.
 */
@Service
public class ImplementationService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CAPTION = 200;
    public static final int MAX_UPDATE = 2_000;
    /** The most milestones of one plan (they are listed whole). */
    public static final int MAX_MILESTONES = 100;
    /** The most photos of one milestone. */
    public static final int MAX_PHOTOS = 20;
    public static final int MAX_BYTES = PhotoFiles.MAX_BYTES;

    private final MilestoneRepository milestones;
    private final MilestonePhotoRepository photos;
    private final MilestonePhotoContentRepository contents;
    private final StatusUpdateRepository updates;
    private final PlanService plans;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ImplementationService(MilestoneRepository milestones, MilestonePhotoRepository photos,
                          MilestonePhotoContentRepository contents, StatusUpdateRepository updates,
                          PlanService plans, PeopleDirectory people, CurrentUser currentUser,
                          Transactions transactions, Clock clock, ApplicationEventPublisher events) {
        this.milestones = milestones;
        this.photos = photos;
        this.contents = contents;
        this.updates = updates;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** The plan's milestones by target date, with their photos (at most {@value #MAX_MILESTONES}). */
    @PreAuthorize("isAuthenticated()")
    public List<MilestoneView> milestones(long planId) {
        plans.permissions(planId);
        return transactions.read(() -> {
            List<Milestone> list = milestones.findByPlanIdOrderByTargetDateAscIdAsc(planId, Limit.of(MAX_MILESTONES));
            Map<Long, List<PhotoInfo>> byMilestone = list.isEmpty() ? Map.of()
                    : photos.findByMilestoneIdInOrderByIdAsc(list.stream().map(Milestone::getId).toList()).stream()
                    .collect(Collectors.groupingBy(MilestonePhoto::getMilestoneId,
                            Collectors.mapping(MilestonePhoto::info, Collectors.toList())));
            return list.stream().map(m -> view(m, byMilestone.getOrDefault(m.getId(), List.of()))).toList();
        });
    }

    /** Adds a milestone; the plan's planners, in IMPLEMENTATION only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public MilestoneView addMilestone(long planId, MilestoneDraft draft) {
        requireKeeper(planId);
        MilestoneDraft checked = check(draft);
        MilestoneView added = transactions.write(() -> {
            if (milestones.countByPlanId(planId) >= MAX_MILESTONES) {
                throw ValidationException.of("title", "implementation.error.too-many", MAX_MILESTONES);
            }
            Milestone m = new Milestone(planId, now());
            m.apply(checked, now());
            return view(milestones.saveAndFlush(m), List.of());
        });
        if (added.status() == MilestoneStatus.DONE) {
            events.publishEvent(new MilestoneCompleted(planId, added.id(), checked.title(), currentUser.requireId()));
        }
        return added;
    }

    /**
     * Changes a milestone as the planner saw it ({@code version}; changed meanwhile: refused as stale); the plan's
     * planners, in IMPLEMENTATION only.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public MilestoneView updateMilestone(long milestoneId, long version, MilestoneDraft draft) {
        Milestone current = find(milestoneId);
        requireKeeper(current.getPlanId());
        MilestoneDraft checked = check(draft);
        boolean wasDone = current.getStatus() == MilestoneStatus.DONE;
        try {
            transactions.write(() -> {
                Milestone m = find(milestoneId);
                if (m.getVersion() != version) {
                    throw ValidationException.of("title", "implementation.error.stale");
                }
                m.apply(checked, now());
                return milestones.saveAndFlush(m);
            });
        } catch (OptimisticLockingFailureException e) {
            throw ValidationException.of("title", "implementation.error.stale");
        }
        if (!wasDone && checked.status() == MilestoneStatus.DONE) {
            events.publishEvent(new MilestoneCompleted(current.getPlanId(), milestoneId, checked.title(),
                    currentUser.requireId()));
        }
        return milestones(current.getPlanId()).stream().filter(v -> v.id() == milestoneId).findFirst().orElseThrow();
    }

    /** Deletes a milestone with its photos; the plan's planners, in IMPLEMENTATION only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public void deleteMilestone(long milestoneId) {
        Milestone current = find(milestoneId);
        requireKeeper(current.getPlanId());
        transactions.write(() -> {
            milestones.deleteById(milestoneId);
            return null;
        });
    }

    /**
     * Adds a photo to a milestone: JPEG, PNG or WebP of at most 5 MB, judged by its content; an optional caption.
     * The plan's planners, in IMPLEMENTATION only; at most {@value #MAX_PHOTOS} a milestone.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public PhotoInfo addPhoto(long milestoneId, byte[] bytes, String caption) {
        Milestone m = find(milestoneId);
        requireKeeper(m.getPlanId());
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        Validation v = new Validation();
        v.maxLength("caption", text, MAX_CAPTION);
        String type = PhotoFiles.check(v, bytes);
        v.throwIfInvalid();
        long me = currentUser.requireId();
        return transactions.write(() -> {
            if (photos.countByMilestoneId(milestoneId) >= MAX_PHOTOS) {
                throw ValidationException.of("file", "implementation.photo.too-many", MAX_PHOTOS);
            }
            MilestonePhoto photo = photos.saveAndFlush(new MilestonePhoto(milestoneId, m.getPlanId(), text, type,
                    bytes.length, me, now()));
            contents.save(new MilestonePhotoContent(photo.getId(), bytes));
            return photo.info();
        });
    }

    /** Deletes a photo; the plan's planners, in IMPLEMENTATION only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public void deletePhoto(long photoId) {
        MilestonePhoto photo = transactions.read(() -> photos.findById(photoId)
                .orElseThrow(() -> new ObjectNotFoundException("Photo " + photoId)));
        requireKeeper(photo.getPlanId());
        transactions.write(() -> {
            photos.deleteById(photoId);
            return null;
        });
    }

    /** The bytes of a photo of a plan the viewer may see (else: not found). */
    @PreAuthorize("isAuthenticated()")
    public PhotoContent photo(long photoId) {
        MilestonePhoto photo = transactions.read(() -> photos.findById(photoId)
                .orElseThrow(() -> new ObjectNotFoundException("Photo " + photoId)));
        try {
            plans.permissions(photo.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Photo " + photoId);
        }
        byte[] bytes = transactions.read(() -> contents.findById(photoId).map(MilestonePhotoContent::getContent)
                .orElseThrow(() -> new ObjectNotFoundException("Photo " + photoId)));
        return new PhotoContent(photo.getContentType(), bytes);
    }

    /** Posts a status update (up to {@value #MAX_UPDATE} characters); the plan's planners, in IMPLEMENTATION. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public StatusUpdateView postUpdate(long planId, String body) {
        requireKeeper(planId);
        String text = body == null ? null : body.strip();
        new Validation().required("body", text).maxLength("body", text, MAX_UPDATE).throwIfInvalid();
        long me = currentUser.requireId();
        StatusUpdate saved = transactions.write(() -> updates.saveAndFlush(new StatusUpdate(planId, text, me, now())));
        return views(List.of(saved)).get(0);
    }

    /** One page of the plan's status updates, newest first, for lazy lists. */
    @PreAuthorize("isAuthenticated()")
    public List<StatusUpdateView> updates(long planId, int offset, int limit) {
        plans.permissions(planId);
        return views(transactions.read(() -> updates.findByPlanIdOrderByIdDesc(planId,
                new OffsetLimit(Math.max(0, offset), Math.max(1, Math.min(200, limit))))));
    }

    /** How many status updates the plan has. */
    @PreAuthorize("isAuthenticated()")
    public int countUpdates(long planId) {
        plans.permissions(planId);
        return (int) (long) transactions.read(() -> updates.countByPlanId(planId));
    }

    private List<StatusUpdateView> views(List<StatusUpdate> list) {
        Map<Long, String> names = people.displayNames(list.stream().map(StatusUpdate::getAuthorId).distinct()
                .toList());
        return list.stream().map(u -> new StatusUpdateView(u.getId(), u.getPlanId(), u.getBody(),
                names.getOrDefault(u.getAuthorId(), ""), u.getPostedAt())).toList();
    }

    /** A planner of the plan's community, while the plan is in IMPLEMENTATION. */
    private void requireKeeper(long planId) {
        PlanPermissions plan = plans.permissions(planId);
        if (!plan.canManage()) {
            throw new AccessDeniedException("Not a planner of this plan's community");
        }
        if (!plan.in(PlanPhase.IMPLEMENTATION)) {
            throw ValidationException.of("plan", "implementation.error.phase");
        }
    }

    private MilestoneDraft check(MilestoneDraft d) {
        Validation v = new Validation();
        if (d == null) {
            throw ValidationException.of("title", "validation.required");
        }
        String title = d.title() == null ? null : d.title().strip();
        v.required("title", title).maxLength("title", title, MAX_TITLE);
        if (d.targetDate() == null) {
            v.reject("targetDate", "validation.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        if (d.actualDate() != null && d.actualDate().isAfter(today)) {
            v.reject("actualDate", "implementation.error.actual-future");
        }
        if (d.progress() == null) {
            v.reject("progress", "validation.required");
        } else if (d.progress() < 0 || d.progress() > 100) {
            v.reject("progress", "implementation.error.progress", 0, 100);
        }
        if (d.status() == null) {
            v.reject("status", "validation.required");
        } else if (d.status() == MilestoneStatus.DONE && d.actualDate() == null) {
            v.reject("actualDate", "implementation.error.done-needs-date");
        } else if (d.status() == MilestoneStatus.DONE && !Objects.equals(d.progress(), 100)) {
            v.reject("progress", "implementation.error.done-needs-100");
        }
        v.throwIfInvalid();
        return new MilestoneDraft(title, d.targetDate(), d.actualDate(), d.progress(), d.status());
    }

    private Milestone find(long milestoneId) {
        Milestone m = transactions.read(() -> milestones.findById(milestoneId)
                .orElseThrow(() -> new ObjectNotFoundException("Milestone " + milestoneId)));
        try {
            plans.permissions(m.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Milestone " + milestoneId);
        }
        return m;
    }

    private static MilestoneView view(Milestone m, List<PhotoInfo> photos) {
        return new MilestoneView(m.getId(), m.getVersion(), m.getPlanId(), m.getTitle(), m.getTargetDate(),
                m.getActualDate(), m.getProgress(), m.getStatus(), m.getUpdatedAt(), photos);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
