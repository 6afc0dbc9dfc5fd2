package org.hilf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.hilf.serve.HilfServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in headless Chromium, as a user sees them: the editor answers Q1, NATO's page shows
 * a meeting with its sentence, the network grows by a click, the timeline of Q1's question has
 * items, and a hostile article is shown as text and runs nothing. No page may trip the
 * Content-Security-Policy. Each test leaves a screenshot in target/screenshots/. Skipped, with
 * the reason, where Chromium is not installed.
 */
class BrowserTest {
    static HilfServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        String why = Browser.unavailable();
        Assumptions.assumeTrue(why == null, why);
        server = WebSeeds.server();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void open(String path) {
        browser.console(); // forget what earlier pages logged
        browser.driver.get("http://localhost:" + server.port() + path);
    }

    /** Nothing refused by the Content-Security-Policy, no script error, no failed load. */
    private static void cleanConsole() {
        List<String> bad = browser.console().stream()
                .filter(m -> m.contains("SEVERE") || m.contains("Content Security Policy") || m.contains("Refused")).toList();
        assertEquals(List.of(), bad, "the browser console");
    }

    @Test
    void editorRunsQ1AndShowsTheFourStates() {
        open("/");
        browser.waitFor(d -> browser.js("return !!window.hilfEditor"));
        new Select(browser.driver.findElement(By.id("examples"))).selectByValue("q01-states-nato-met-2023.rq");
        browser.driver.findElement(By.id("load-example")).click();
        String table = browser.waitFor(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector(".yasr table tbody td"));
            String text = String.join(" ", cells.stream().map(WebElement::getText).toList());
            return text.contains("JP") && text.contains("KR") && text.contains("AU") && text.contains("NZ") ? text : null;
        });
        assertTrue(table.contains("Japan"), table);
        browser.screenshot("editor");
        cleanConsole();
    }

    @Test
    void resultsLinkEntitiesToTheirPages() {
        open("/");
        browser.waitFor(d -> browser.js("return !!window.hilfEditor"));
        browser.js("window.hilfEditor.getTab().setQuery(arguments[0]); window.hilfEditor.getTab().query();",
                "SELECT ?s WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q7184> }");
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector(".yasr a.entity-link")).stream().findFirst().orElse(null));
        assertEquals("/id/org/nato", link.getDomProperty("pathname"));
        link.click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/id/org/nato") ? true : null);
        assertTrue(browser.driver.findElement(By.id("entity-name")).getText().contains("North Atlantic Treaty Organization"));
    }

    @Test
    void natoPageShowsAMeetingWithItsEvidenceSentence() {
        open("/id/org/nato");
        WebElement meeting = browser.waitFor(d -> d.findElements(By.cssSelector("#events article.event")).stream()
                .filter(e -> e.getDomAttribute("class").matches(".*kind-(meeting|summit|visit).*"))
                .filter(e -> !e.findElements(By.cssSelector("blockquote.evidence mark")).isEmpty()).findFirst().orElse(null));
        WebElement sentence = meeting.findElement(By.cssSelector("blockquote.evidence"));
        assertEquals("rtl", sentence.getDomAttribute("dir"), "Arabic is set right-to-left");
        assertTrue(sentence.getText().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertFalse(meeting.findElement(By.cssSelector("cite.source")).getText().isBlank(), "the article is named");
        assertTrue(browser.driver.findElement(By.id("entity-name")).getText().contains("حلف شمال الأطلسي"));
        browser.screenshot("entity-nato");
        browser.js("arguments[0].scrollIntoView({block: 'start'})", meeting);
        browser.screenshot("entity-nato-evidence");
        cleanConsole();
    }

    @Test
    void theGraphHasNodesAndGrowsByAClick() {
        open("/id/org/nato");
        WebElement graph = browser.driver.findElement(By.id("graph"));
        int before = Integer.parseInt(browser.waitFor(d -> graph.getDomAttribute("data-nodes")));
        assertTrue(before >= 5, "nodes: " + before);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", graph);
        // a real click on the canvas, where Japan's node is drawn
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("var n = window.hilfGraph.getElementById('https://w3id.org/hilf/id/state/JP');"
                + "var p = n.renderedPosition(); return [p.x, p.y];");
        new Actions(browser.driver).moveToElement(graph, at.get(0).intValue() - graph.getSize().getWidth() / 2,
                at.get(1).intValue() - graph.getSize().getHeight() / 2).click().perform();
        browser.waitFor(d -> Integer.parseInt(graph.getDomAttribute("data-nodes")) > before ? true : null);
        assertTrue(browser.driver.findElement(By.cssSelector("#graph-info a")).getText().contains("Japan"));
        shoot("graph", browser.driver.findElement(By.id("graph-section")));
        cleanConsole();
    }

    @Test
    void theTimelineOfNatoMeetingsWithAsianPartnersHasItems() {
        open("/id/org/nato");
        WebElement view = browser.driver.findElements(By.cssSelector(".suggest a")).stream()
                .filter(a -> a.getText().contains("Indo-Pacific Four")).findFirst().orElseThrow();
        view.click();
        int items = Integer.parseInt(browser.waitFor(d -> d.findElement(By.id("timeline")).getDomAttribute("data-items")));
        assertTrue(items > 0, "items: " + items);
        assertEquals("2022", browser.driver.findElement(By.name("from")).getDomProperty("value"));
        // a box item is drawn as a box, a line and a dot: count the contents, one per item
        browser.waitFor(d -> d.findElements(By.cssSelector(".vis-item .vis-item-content")).size() == items ? true : null);
        assertFalse(browser.driver.findElements(By.cssSelector(".vis-item.planned")).isEmpty(), "planned meetings are drawn apart");
        assertFalse(browser.driver.findElements(By.cssSelector(".vis-item.happened")).isEmpty());
        shoot("timeline", browser.driver.findElement(By.id("timeline-section")));
        // a day's event, drawn as a box a user can click (a year's range may start off the window)
        WebElement box = browser.waitFor(d -> d.findElements(By.cssSelector(".vis-item.happened.vis-box")).stream()
                .filter(e -> e.isDisplayed() && e.getSize().getWidth() > 0).findFirst().orElse(null));
        new Actions(browser.driver).moveToElement(box).click().perform();
        browser.waitFor(d -> d.getCurrentUrl().contains("/id/event/") ? true : null);
        cleanConsole();
    }

    @Test
    void aHostileArticleIsShownAsTextAndRunsNothing() {
        String article = WebSeeds.hostileArticle();
        open("/id/" + article.substring("https://w3id.org/hilf/id/".length()));
        String main = browser.waitFor(d -> d.findElement(By.tagName("main")).getText());
        assertTrue(main.contains(WebSeeds.HOSTILE_TITLE), "the title, as text");
        assertTrue(main.contains(WebSeeds.HOSTILE_SCRIPT), "the script, as text");
        assertEquals(0L, browser.js("return document.querySelectorAll('main img, main script, main [onerror]').length"));
        assertEquals(0L, browser.js("return document.querySelectorAll('a[href^=\"javascript:\" i]').length"), "no javascript: link");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        browser.screenshot("hostile-article");
        cleanConsole();
    }

    @Test
    void theSearchBoxFindsArabicSpellingsOfAnActor() {
        open("/");
        WebElement box = browser.driver.findElement(By.id("search-q"));
        box.sendKeys("النّاتو"); // with a shadda, as some write it
        WebElement hint = browser.waitFor(d -> d.findElements(By.cssSelector("#search-hints li a")).stream().findFirst().orElse(null));
        assertEquals("North Atlantic Treaty Organization", hint.getText());
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("/search?q=") ? true : null);
        assertTrue(browser.driver.findElement(By.id("search-results")).getText().contains("North Atlantic Treaty Organization"));
        browser.screenshot("search");
    }

    private static void shoot(String name, WebElement element) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
