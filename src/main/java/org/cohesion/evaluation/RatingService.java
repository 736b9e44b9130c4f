package org.cohesion.evaluation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.evaluation.internal.RatingRepository;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The evaluation of a plan's built result: while the plan is in EVALUATION, each member of its community rates it
 * from 1 to 5 stars with an optional comment (one rating per member, which they may change). Everyone who may see
 * the plan sees the distribution, the average and the comments.
 */
@Service
public class RatingService {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    public static final int MAX_COMMENT = 2_000;

    private final RatingRepository ratings;
    private final PlanService plans;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    RatingService(RatingRepository ratings, PlanService plans, PeopleDirectory people, CurrentUser currentUser,
                  Transactions transactions, Clock clock) {
        this.ratings = ratings;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Rates the plan (or changes the viewer's rating): {@value #MIN_STARS} to {@value #MAX_STARS} stars and an
     * optional comment of up to {@value #MAX_COMMENT} characters. Members of the plan's community, in EVALUATION.
     */
    @PreAuthorize("isAuthenticated()")
    public RatingView rate(long planId, Integer stars, String comment) {
        PlanPermissions plan = plans.permissions(planId);
        if (!plan.in(PlanPhase.EVALUATION)) {
            throw ValidationException.of("plan", "evaluation.error.phase");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Validation v = new Validation();
        if (stars == null || stars < MIN_STARS || stars > MAX_STARS) {
            v.reject("stars", "evaluation.error.stars", MIN_STARS, MAX_STARS);
        }
        v.maxLength("comment", text, MAX_COMMENT);
        v.throwIfInvalid();
        long me = currentUser.requireId();
        for (int attempt = 1; ; attempt++) {
            try {
                Rating saved = transactions.write(() -> {
                    var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    Rating r = ratings.findByPlanIdAndUserId(planId, me).orElseGet(() -> new Rating(planId, me, now));
                    r.rate(stars, text, now);
                    return ratings.saveAndFlush(r);
                });
                return views(List.of(saved)).get(0);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                // rated at the same moment from another tab: the second write becomes a change of the first
                if (attempt >= 3) {
                    throw ValidationException.of("stars", "evaluation.error.stale");
                }
            }
        }
    }

    /** The viewer's own rating of the plan, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RatingView> myRating(long planId) {
        plans.permissions(planId);
        long me = currentUser.requireId();
        return transactions.read(() -> ratings.findByPlanIdAndUserId(planId, me)).map(r -> views(List.of(r)).get(0));
    }

    /** How the plan was rated: count, average and the number of ratings with each number of stars. */
    @PreAuthorize("isAuthenticated()")
    public RatingSummary summary(long planId) {
        plans.permissions(planId);
        Integer[] counts = new Integer[MAX_STARS];
        Arrays.fill(counts, 0);
        for (Object[] row : transactions.read(() -> ratings.distribution(planId))) {
            int s = ((Number) row[0]).intValue();
            if (s >= MIN_STARS && s <= MAX_STARS) {
                counts[s - 1] = ((Number) row[1]).intValue();
            }
        }
        int count = 0;
        long sum = 0;
        for (int s = MIN_STARS; s <= MAX_STARS; s++) {
            count += counts[s - 1];
            sum += (long) s * counts[s - 1];
        }
        return new RatingSummary(planId, count, count == 0 ? 0 : (double) sum / count, List.of(counts));
    }

    /** One page of the ratings with a comment, most recently changed first, for lazy lists. */
    @PreAuthorize("isAuthenticated()")
    public List<RatingView> comments(long planId, int offset, int limit) {
        plans.permissions(planId);
        return views(transactions.read(() -> ratings.findByPlanIdAndCommentIsNotNullOrderByUpdatedAtDescIdDesc(planId,
                new OffsetLimit(Math.max(0, offset), Math.max(1, Math.min(200, limit))))));
    }

    /** How many ratings of the plan have a comment. */
    @PreAuthorize("isAuthenticated()")
    public int countComments(long planId) {
        plans.permissions(planId);
        return (int) (long) transactions.read(() -> ratings.countByPlanIdAndCommentIsNotNull(planId));
    }

    private List<RatingView> views(List<Rating> list) {
        Map<Long, String> names = people.displayNames(list.stream().map(Rating::getUserId).distinct().toList());
        List<RatingView> views = new ArrayList<>(list.size());
        for (Rating r : list) {
            views.add(new RatingView(r.getId(), r.getPlanId(), r.getStars(), r.getComment(),
                    names.getOrDefault(r.getUserId(), ""), r.getUpdatedAt()));
        }
        return views;
    }
}
