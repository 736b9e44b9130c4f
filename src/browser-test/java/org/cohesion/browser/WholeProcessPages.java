package org.cohesion.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * What people do along the whole process in Chromium, through visible labels: dialogs, Vaadin selects, buttons
 * by their accessible name. The labels are the English or Chinese texts of messages*.properties.
 */
final class WholeProcessPages {

    private WholeProcessPages() {
    }

    /** The open Vaadin dialog (its content and footer). */
    static Locator dialog(Page page) {
        return page.locator("vaadin-dialog-overlay[opened]");
    }

    /** Waits until no Vaadin dialog is open any more (the save's round trip is over). */
    static void dialogClosed(Page page) {
        page.waitForSelector("vaadin-dialog-overlay[opened]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));
    }

    static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens the Vaadin select with this label inside the scope and picks the item with this text. */
    static void choose(Page page, Locator scope, String label, String item) {
        scope.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label)))).click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    /** The text of the current step of the plan's phase timeline. */
    static Locator currentPhase(Page page) {
        return page.locator(".phase-timeline li.phase-step[aria-current='step']");
    }

    /** Waits until the workspace's timeline marks this phase (in the page's language) as the current one. */
    static void waitForPhase(Page page, String phase) {
        currentPhase(page).filter(new Locator.FilterOptions().setHasText(phase)).waitFor();
    }

    /** A planner moves the plan one phase on with the move dialog and a note; waits for the timeline. */
    static void moveToNextPhase(Page planner, String nextPhase, String note) {
        button(planner, "Move to another phase…").click();
        Locator dialog = dialog(planner);
        dialog.waitFor();
        dialog.getByLabel("Note").fill(note);
        button(dialog, "Move").click();
        dialogClosed(planner);
        waitForPhase(planner, nextPhase);
    }
}
