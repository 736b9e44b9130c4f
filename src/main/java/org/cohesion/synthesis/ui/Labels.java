package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Locale;
import org.cohesion.base.ui.Formats;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.ContributionCategory;
import org.cohesion.synthesis.ContributionKind;
import org.cohesion.synthesis.ContributionStatus;
import org.cohesion.synthesis.Region;

/** Translated names of the overview's keys and of contributions, for the summary's views. */
final class Labels {

    private Labels() {
    }

    static String category(Component c, String key) {
        return c.getTranslation(ContributionCategory.valueOf(key).labelKey());
    }

    static String status(Component c, String key) {
        return c.getTranslation(ContributionStatus.valueOf(key).labelKey());
    }

    static String kind(Component c, String key) {
        return c.getTranslation(ContributionKind.valueOf(key).labelKey());
    }

    static String section(Component c, String key) {
        return switch (key) {
            case "DRAWINGS" -> c.getTranslation("synthesis.section.drawings");
            case "GENERAL" -> c.getTranslation("synthesis.section.general");
            default -> c.getTranslation(PlanField.valueOf(key).labelKey());
        };
    }

    static String region(Component c, String key) {
        return c.getTranslation(Region.valueOf(key).labelKey());
    }

    static String week(Component c, Locale locale, String key) {
        return c.getTranslation("synthesis.week.of",
                Formats.date(LocalDate.parse(key).atStartOfDay(Formats.ZONE).toInstant(), locale));
    }

    static String group(Component c, String key) {
        return "NONE".equals(key) ? c.getTranslation("synthesis.group.none")
                : c.getTranslation(StakeholderGroup.valueOf(key).labelKey());
    }

    /** How a contribution is named in lists and pickers: category, author and its first words. */
    static String contribution(Component c, Contribution contribution, int words) {
        return c.getTranslation("synthesis.citation.label", c.getTranslation(contribution.category().labelKey()),
                contribution.authorName()) + ": " + contribution.excerpt(words);
    }
}
