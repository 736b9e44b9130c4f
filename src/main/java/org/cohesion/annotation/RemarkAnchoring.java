package org.cohesion.annotation;

import java.util.List;
import org.cohesion.annotation.anchor.AnchorMatch;
import org.cohesion.annotation.anchor.Anchoring;
import org.cohesion.annotation.internal.AnnotationRepository;
import org.cohesion.base.Transactions;
import org.cohesion.plan.PlanTextChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps remarks anchored as their text changes: once a change is committed, each remark's passage is looked
 * for in the new text and its anchor replaced by the passage as it now reads, so the next change is measured
 * against it. A remark whose passage is gone is marked outdated and keeps its last anchor (and is found again
 * if the passage comes back, say by a restore). Reading never depends on this: remarks are located afresh
 * whenever they are shown.
 */
@Component
class RemarkAnchoring {

    private static final Logger log = LoggerFactory.getLogger(RemarkAnchoring.class);
    private static final int ATTEMPTS = 3;

    private final AnnotationRepository annotations;
    private final Transactions transactions;

    RemarkAnchoring(AnnotationRepository annotations, Transactions transactions) {
        this.annotations = annotations;
        this.transactions = transactions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void textChanged(PlanTextChanged change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                transactions.writeSeparately(() -> {
                    reanchor(change);
                    return null;
                });
                return;
            } catch (OptimisticLockingFailureException e) {
                log.debug("Remarks of plan {} changed meanwhile; anchoring again", change.planId());
            } catch (RuntimeException e) {
                log.warn("Could not re-anchor the remarks on {} of plan {}", change.field(), change.planId(), e);
                return;
            }
        }
    }

    private void reanchor(PlanTextChanged change) {
        List<SiteAnnotation> remarks = annotations.findByPlanIdAndTextFieldAndDeletedFalseOrderByNumber(
                change.planId(), change.field());
        for (SiteAnnotation remark : remarks) {
            AnchorMatch match = Anchoring.locate(remark.getAnchor(), change.text());
            if (!match.isFound()) {
                remark.reanchor(null);
                continue;
            }
            try {
                remark.reanchor(match.reanchor(change.text()));
            } catch (IllegalArgumentException grewTooLong) {
                remark.reanchor(remark.getAnchor());
            }
        }
        annotations.flush();
    }
}
