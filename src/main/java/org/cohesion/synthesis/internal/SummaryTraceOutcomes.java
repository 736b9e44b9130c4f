package org.cohesion.synthesis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputOutcomeSource;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TracedInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published "what we heard" summaries that cite a person's annotations, remarks and comments. */
@Component
class SummaryTraceOutcomes implements InputOutcomeSource {

    private final SummaryVersionRepository versions;

    SummaryTraceOutcomes(SummaryVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Map<String, InputRef> byContribution = new HashMap<>();
        for (TracedInput input : inputs) {
            if (input.planTitle() == null) {
                continue;
            }
            InputKind kind = input.ref().kind();
            if (kind == InputKind.ANNOTATION || kind == InputKind.REMARK) {
                byContribution.put("annotation:" + input.ref().id(), input.ref());
            } else if (kind == InputKind.COMMENT) {
                byContribution.put("comment:" + input.ref().id(), input.ref());
            }
        }
        if (byContribution.isEmpty()) {
            return Map.of();
        }
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        for (Object[] r : versions.citing(byContribution.keySet())) {
            InputRef ref = byContribution.get((String) r[0]);
            found.computeIfAbsent(ref, k -> new ArrayList<>()).add(Outcome.counted(OutcomeKind.CITED_IN_SUMMARY,
                    (Instant) r[3], ((Number) r[2]).intValue(), "plans/" + r[1] + "/summary"));
        }
        return found;
    }
}
