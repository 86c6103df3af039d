package org.entente.system;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * A browser test of the web console on the whole system: a fresh Chromium for each test, and the
 * sign-in every test starts with, through the issuer's own login page as a demo user.
 */
@SystemTest.WithConsole
abstract class ConsoleBrowserTest extends SystemTest {

    /** Where the README's screenshots live. */
    static final Path DOCS = Path.of("..", "docs");

    Browser browser;
    String console;

    @BeforeEach
    void openABrowser() {
        browser = Browser.open();
        console = system.settings().consoleUrl();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A fresh browser, so that no session carries over to the next person. */
    void reopenTheBrowser() {
        closeTheBrowser();
        openABrowser();
    }

    /** From the console's sign-in page, through the issuer's login form, to the page with this heading. */
    void signIn(String user, String heading) {
        browser.go(console + "/");
        browser.press(By.linkText("Sign in"));
        browser.type("username", user);
        browser.type("password", "local-demo-password");
        browser.press(By.cssSelector("button[type=submit]"));
        browser.waitForText(By.tagName("h1"), heading);
    }
}
