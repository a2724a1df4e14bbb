package de.bmas.microsite.accessibility;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.InChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview as an editor sees it in a real browser (headless Chromium): the open page refreshes itself after a
 * save, to the edited page or to the problems page and back, with the policy letting its script run and connect;
 * the preview bar, the problems page and the guide pass axe-core like the site's own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.preview=true")
class PreviewInBrowserTest extends InChromium {

    private static final Path DIR = ContentFixture.newBuildDir();
    private static final ContentFixture CONTENT = ContentFixture.copyInto(DIR);
    private static final String SESSION = "sessions/erste-session.md";

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        CONTENT.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");
        registry.add("microsite.content-dir", DIR::toString);
    }

    @LocalServerPort
    private int port;


    @Test
    void theOpenPageRefreshesItselfToTheEditAndToTheProblemsAndBack() {
        driver.get("http://127.0.0.1:" + port + "/sessions/erste-session");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a save before the script has connected is caught too: the preview names its version on connecting
        driver.executeScript("window.notReloaded = true");

        CONTENT.replace(SESSION, "title: Erste Session", "title: Erste Session, bearbeitet");
        wait.until(browser -> driver.getTitle().startsWith("Erste Session, bearbeitet"));
        assertThat(driver.executeScript("return window.notReloaded")).as("a new page, not an edited one").isNull();

        CONTENT.replace(SESSION, "title: Erste Session, bearbeitet", "titel: Kaputt");
        // read in one script: an element found before the refresh may be gone when its text is asked for
        wait.until(browser -> "Der Inhalt enthält einen Fehler".equals(driver.executeScript(
                "const h1 = document.querySelector('h1'); return h1 && h1.textContent.trim();")));
        assertThat(violations()).as("axe-core on the problems page").isEmpty();

        // the policy lets the script run and connect, or none of this would have happened
        CONTENT.replace(SESSION, "titel: Kaputt", "title: Erste Session");
        wait.until(browser -> driver.getTitle().startsWith("Erste Session –"));
    }

    @Test
    void thePreviewBarAndTheGuidePassAxe() {
        driver.get("http://127.0.0.1:" + port + "/impressum");
        driver.findElement(By.cssSelector(".preview-bar summary")).click();
        assertThat(driver.findElement(By.cssSelector(".preview-files")).isDisplayed()).isTrue();
        assertThat(violations()).as("axe-core on a page with the opened preview bar").isEmpty();

        driver.findElement(By.linkText("Anleitung für die Redaktion")).click();
        assertThat(driver.getTitle()).startsWith("Anleitung für die Redaktion – Vorschau");
        assertThat(violations()).as("axe-core on the guide").isEmpty();
    }

    private List<String> violations() {
        return Axe.violations(driver, Axe.WCAG_21_AA).stream().map(Axe.Violation::describe).toList();
    }
}
