package org.cohesion.session.poll;

/**
 * One option of a poll with its result: how many ballots chose it ({@code votes}), how many dots it got (for single
 * and multiple choice the same as the votes) and its share in percent: of the ballots for single and multiple
 * choice (so multiple-choice shares may add up to more than 100), of all dots given for dot-voting.
 */
public record PollOptionResult(long optionId, int position, String label, int votes, int dots, double percent) {
}
