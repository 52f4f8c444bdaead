package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser (Debian's chromium through Playwright) against a real server: what a
 * journalist sees on the search, article and entity pages, on a desktop and on a phone. Skipped
 * when /usr/bin/chromium is missing.
 */
class BrowserTest {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final List<String> ARGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  @TempDir static Path dir;
  static TestServer t;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;
  final List<String> requests = new CopyOnWriteArrayList<>();

  /** A browser on this machine's chromium, downloading nothing. */
  static Browser launch(Playwright pw) {
    return pw.chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGS));
  }

  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM);
    t = TestServer.start(dir.resolve("archive"));
    playwright = playwright();
    browser = launch(playwright);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (t != null) {
      t.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = context.newPage();
    page.onRequest(r -> requests.add(r.url()));
  }

  @AfterEach
  void close() {
    context.close();
    assertThat(requests)
        .as("every request stays on this server")
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u).startsWith(t.base() + "/"));
  }

  /** With -Dkhabar.screenshots=DIR, saves what the page shows (for looking at the UI). */
  void shot(String name) {
    String to = System.getProperty("khabar.screenshots");
    if (to != null) {
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get(to, name + ".png")).setFullPage(true));
    }
  }

  void go(String path, String ready) {
    page.navigate(t.base() + path);
    page.waitForSelector("main[data-ready='" + ready + "']");
  }

  @Nested
  class SearchPage {
    @Test
    void queryInTheUrlShowsHighlightedResults() {
      go("/?q=kharge", "search");
      Locator results = page.locator("ol.results > li");
      assertThat(results.count()).isGreaterThanOrEqualTo(3);
      assertThat(page.locator("ol.results mark").first().textContent()).contains("खरगे");
      assertThat(page.inputValue("#q")).isEqualTo("kharge");
      assertThat(page.locator("ol.results time").first().getAttribute("datetime"))
          .matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(page.title()).contains("kharge");
      shot("search");
    }

    @Test
    void facetsFilterAndTheUrlCarriesTheFilter() {
      go("/?q=kharge", "search");
      page.locator("#facet-place ~ ul a", new Page.LocatorOptions().setHasText("पटना")).click();
      page.waitForURL(u -> u.contains("entity=kb%3Apatna") || u.contains("entity=kb:patna"));
      page.waitForSelector("ul.filters");
      assertThat(page.locator("ul.filters").textContent()).contains("पटना");
      assertThat(page.locator("ol.results > li").count()).isPositive();
      page.locator("#facet-month ~ ul a").first().click();
      page.waitForURL(u -> u.contains("from="));
      page.waitForSelector("ul.filters li:nth-child(2)");
      assertThat(page.locator("ul.filters li").count()).isEqualTo(2);
    }

    @Test
    void typingAQueryNavigates() {
      go("/", "search");
      page.fill("#q", "तेजस्वी");
      page.press("#q", "Enter");
      page.waitForURL(u -> u.contains("q="));
      page.waitForSelector("h1:has-text('तेजस्वी')");
      assertThat(page.locator("ol.results").textContent()).contains("तेजस्वी");
    }
  }

  @Nested
  class ArticlePage {
    @Test
    void clickingAResultOpensTheArticleWithMarksAndATooltip() {
      go("/?q=kharge", "search");
      String headline = page.locator("ol.results a.headline").first().textContent();
      page.locator("ol.results a.headline").first().click();
      page.waitForSelector("main[data-ready='article']");
      assertThat(page.locator("h1").textContent()).isEqualTo(headline);
      Locator person = page.locator(".body .ent-PERSON").first();
      assertThat(page.locator(".body .ent").count()).isGreaterThanOrEqualTo(2);
      person.hover();
      Locator tip = page.locator("#tip");
      tip.waitFor();
      assertThat(tip.textContent()).contains("व्यक्ति", "test-gazetteer", "90%");
      assertThat(person.getAttribute("aria-describedby")).isEqualTo("tip");
      shot("article");
    }

    @Test
    void keyboardFocusShowsTheTooltipAndQuotesArePanelled() {
      go("/article/a1", "article");
      page.locator(".body .quote").first().focus();
      page.locator("#tip").waitFor();
      assertThat(page.locator("#tip").textContent()).contains("वक्ता");
      assertThat(page.locator(".summary p").count()).isPositive();
      assertThat(page.locator("#quotes-title").textContent()).isEqualTo("उद्धरण");
      page.keyboard().press("Escape");
      assertThat(page.locator("#tip").isHidden()).isTrue();
    }

    @Test
    void devanagariRendersWithAnIndicFont() {
      go("/article/a1", "article");
      Object width =
          page.evaluate(
              "() => { const c = document.createElement('canvas').getContext('2d');"
                  + " c.font = '20px \"Lohit Devanagari\"'; return c.measureText('खरगे').width; }");
      assertThat(((Number) width).doubleValue()).isPositive();
      assertThat(
              (Boolean)
                  page.evaluate("() => document.fonts.check('16px \"Lohit Devanagari\"', 'खरगे')"))
          .isTrue();
    }
  }

  @Nested
  class EntityPage {
    @Test
    void showsTheChartAndWhoAppearsWithThem() {
      go("/entity/kb:kharge", "entity");
      assertThat(page.locator("h1").textContent()).isEqualTo("मल्लिकार्जुन खरगे");
      assertThat(page.locator(".latin").textContent()).isEqualTo("Mallikarjun Kharge");
      assertThat(page.locator("svg.chart rect.bar").count()).isGreaterThanOrEqualTo(3);
      assertThat(page.locator("#companions li").count()).isGreaterThanOrEqualTo(2);
      assertThat(page.locator("#companions").textContent()).contains("तेजस्वी यादव");
      assertThat(page.locator(".quotes-list li").count()).isPositive();
      shot("entity");
      page.locator("#companions a", new Page.LocatorOptions().setHasText("तेजस्वी यादव"))
          .first()
          .click();
      page.waitForURL(u -> u.contains("/entity/kb%3Atejashwi-yadav") || u.contains("tejashwi"));
      page.waitForSelector("h1:has-text('तेजस्वी यादव')");
      assertThat(page.locator("svg.chart rect.bar").count()).isPositive();
    }
  }

  @Nested
  class Phone {
    @Test
    void noHorizontalScrollAt375Pixels() {
      context.close();
      context =
          browser.newContext(
              new Browser.NewContextOptions()
                  .setViewportSize(375, 740)
                  .setDeviceScaleFactor(2)
                  .setIsMobile(true)
                  .setHasTouch(true));
      page = context.newPage();
      page.onRequest(r -> requests.add(r.url()));
      for (String[] p :
          new String[][] {
            {"/?q=kharge", "search"}, {"/article/a1", "article"}, {"/entity/kb:kharge", "entity"}
          }) {
        go(p[0], p[1]);
        Object overflow =
            page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(p[0]).isLessThanOrEqualTo(0);
        shot("phone-" + p[1]);
      }
      go("/article/a1", "article");
      page.locator(".body .ent").first().tap();
      assertThat(page.locator("#tip").isVisible()).isTrue();
      shot("phone-article");
    }
  }
}
