package org.cohesion.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Position;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * What a person does with annotations in the plan workspace, in Chromium, through the visible (translated)
 * labels of their language: place a pin on the drawing, select a pin, post in its thread.
 */
final class AnnotationPages {

    /** The labels a person sees, in one language (from messages.properties / messages_zh_CN.properties). */
    record Labels(String placePin, String category, String save, String post) {
    }

    static final Labels ENGLISH = new Labels("Place pin", "Concern", "Save", "Post comment");
    static final Labels CHINESE = new Labels("放置图钉", "顾虑", "保存", "发表评论");

    private AnnotationPages() {
    }

    /** Opens the plan's workspace and waits until its drawing is shown with the annotation layer over it. */
    static void openWorkspace(Page page, String planUrl) {
        page.navigate(planUrl);
        page.waitForSelector(".drawing-stage .annotation-layer");
        page.waitForFunction("() => { const i = document.querySelector('img.drawing-image');"
                + " return i && i.complete && i.naturalWidth > 0; }");
    }

    static Locator pin(Page page, int number) {
        return page.locator("button.annotation-pin[data-number='" + number + "']");
    }

    /**
     * Clicks "place pin", clicks the drawing at the given fractions of its size, picks the category, writes the
     * first comment and saves; returns once the dialog has closed (the save's round trip is over).
     */
    static void placePin(Page page, Labels labels, double x, double y, String comment) {
        page.locator(".annotation-tools vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(labels.placePin())).click();
        page.waitForSelector(".annotation-layer.placing");
        Locator layer = page.locator(".annotation-layer");
        var box = layer.boundingBox();
        layer.click(new Locator.ClickOptions().setPosition(new Position(box.width * x, box.height * y)));

        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        dialog.waitFor();
        dialog.locator("vaadin-select").click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(labels.category())).click();
        dialog.locator("vaadin-text-area textarea").fill(comment);
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(labels.save())).click();
        page.waitForSelector("vaadin-dialog-overlay[opened]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Clicks a pin on the drawing and waits for its discussion thread below the list. */
    static void selectPin(Page page, int number) {
        pin(page, number).click();
        page.waitForSelector("button.annotation-pin.selected[data-number='" + number + "']");
        page.waitForSelector(".annotation-thread .thread-panel .thread-composer");
    }

    /** Writes a comment in the selected annotation's thread and posts it; waits until it shows in the thread. */
    static void post(Page page, Labels labels, String text) {
        Locator thread = page.locator(".annotation-thread .thread-panel");
        thread.locator("vaadin-text-area.thread-body textarea").fill(text);
        thread.locator(".thread-composer vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(labels.post())).click();
        waitForComment(page, text);
    }

    /** Waits until the shown annotation thread has a comment with exactly this text. */
    static void waitForComment(Page page, String text) {
        page.locator(".annotation-thread .comment-body")
                .filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
    }
}
