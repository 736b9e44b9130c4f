package org.cohesion.trace;

/**
 * What became of a piece of input. Each kind has a message taking {0} a number, {1} a second number, {2} a text
 * (a reason, a title, or — where {@link #translatesText()} — a message key) and {3} a date.
 */
public enum OutcomeKind {
    SUPPORTS(Tone.NEUTRAL),
    PROPOSAL_READY(Tone.POSITIVE),
    PROPOSAL_EXPIRED(Tone.NEGATIVE),
    PROPOSAL_DECLINED(Tone.NEGATIVE),
    PROPOSAL_MERGED(Tone.NEUTRAL),
    BECAME_PLAN(Tone.POSITIVE),
    PHASE_MOVED(Tone.NEUTRAL, true),
    PLAN_PHASE_NOW(Tone.NEUTRAL, true),
    CONTRIBUTIONS_ON_PLAN(Tone.NEUTRAL),
    NOT_ANSWERED(Tone.NEUTRAL),
    ACCEPTED(Tone.POSITIVE),
    DECLINED(Tone.NEGATIVE),
    ADDRESSED(Tone.POSITIVE),
    OUTDATED(Tone.NEUTRAL),
    HIDDEN(Tone.NEGATIVE),
    AWAITING_REVIEW(Tone.NEUTRAL),
    REPLIES(Tone.NEUTRAL),
    DECISION_ACCEPTED(Tone.POSITIVE),
    DECISION_DECLINED(Tone.NEGATIVE),
    INFORMED_DECISION(Tone.POSITIVE),
    DECISION_RECORDED(Tone.POSITIVE),
    CITED_IN_SUMMARY(Tone.POSITIVE),
    POLL_OPEN(Tone.NEUTRAL),
    POLL_RESULT(Tone.NEUTRAL),
    DECISION_POLL(Tone.NEUTRAL),
    MILESTONE_DONE(Tone.POSITIVE),
    RATINGS(Tone.NEUTRAL);

    /** How an outcome reads for the person: good news, bad news, or neither. */
    public enum Tone { POSITIVE, NEGATIVE, NEUTRAL }

    private final Tone tone;
    private final boolean translatesText;

    OutcomeKind(Tone tone) {
        this(tone, false);
    }

    OutcomeKind(Tone tone, boolean translatesText) {
        this.tone = tone;
        this.translatesText = translatesText;
    }

    /** The message key of the sentence that says it. */
    public String messageKey() {
        return "trace.outcome." + name().toLowerCase().replace('_', '-');
    }

    public Tone tone() {
        return tone;
    }

    /** Whether the outcome's text is itself a message key (a phase's name) rather than text to show as is. */
    public boolean translatesText() {
        return translatesText;
    }
}
