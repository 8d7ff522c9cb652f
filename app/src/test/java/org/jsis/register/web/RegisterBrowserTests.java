package org.jsis.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsis.audit.Actor;
import org.jsis.audit.Purpose;
import org.jsis.register.EntityInput;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportProgress;
import org.jsis.register.ImportRequest;
import org.jsis.register.RegisterDemo;
import org.jsis.register.RegisterEntities;
import org.jsis.register.RegisterEntity;
import org.jsis.register.RegisterImports;
import org.jsis.register.internal.RegisterIndex;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@Import(SecurityTestKit.class)
class RegisterBrowserTests extends BrowserTests {

    @Autowired
    SecurityTestKit kit;

    @Autowired
    RegisterDemo demo;

    @Autowired
    RegisterImports imports;

    @Autowired
    RegisterIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterEntities entities;

    SecurityTestKit.TestUser analyst;

    @BeforeEach
    void registerWithDemoAndUnExcerptAndAnAnalystLoggedIn() {
        jdbc.sql("DELETE FROM register_entity").update();
        index.reload(null);
        demo.load();
        imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "RUS", null),
                getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml"),
                ImportProgress.NONE,
                Actor.system("test"));
        analyst = kit.user("UZB", Role.ANALYST);
        String password = kit.setPassword(analyst);
        browser().manage().deleteAllCookies();
        open("/login");
        browser().findElement(By.id("username")).sendKeys(analyst.username());
        browser().findElement(By.id("password")).sendKeys(password);
        browser().findElement(By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void searchesWithFiltersAndOpensARecordWithNamesByScriptTimelineAndRelationships() {
        open("/register?q=uzbekistan&topic=TERRORISM&lang=en");
        List<WebElement> rows = browser().findElements(By.cssSelector("#results .register-row"));
        assertThat(rows).extracting(WebElement::getText).anyMatch(t -> t.contains("Islamic Movement of Uzbekistan"));

        open("/register?authority=STATE_COURT");
        assertThat(browser().findElement(By.id("results")).getText())
                .contains("Hizb ut-Tahrir al-Islami")
                .doesNotContain("MOHAMMAD HASSAN AKHUND");

        open("/register?q=uzbekistan&owner=RUS");
        browser().findElement(By.linkText("Islamic Movement of Uzbekistan")).click();
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("designation-timeline")));
        assertThat(browser().findElements(By.cssSelector(".script-group")))
                .extracting(e -> e.getAttribute("data-script"))
                .contains("Latn", "Cyrl", "Arab");
        assertThat(browser().findElement(By.id("designation-timeline")).getText())
                .contains("QDe.010")
                .contains("Supreme Court of the Republic of Kazakhstan");
        List<WebElement> designations = browser().findElements(By.cssSelector("#designation-timeline .designation"));
        assertThat(designations.get(0).getText()).startsWith("2001-10-06");
        assertThat(browser().findElement(By.id("relationships")).getText()).contains("Islamic Movement of Turkestan");
        assertThat(browser().findElement(By.id("sources")).getText())
                .contains("Interfax")
                .contains("Regnum");
        screenshot("register-record");
    }

    @Test
    void theOwnerRestoresAWithdrawnRecordWithTheRecordPagesButton() {
        EntityInput input = new EntityInput(
                "ORGANISATION",
                List.of(new EntityInput.NameInput("Restorable Front of Ferghana", null, null, null, "en")),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("EXTREMISM"),
                null,
                null,
                null,
                null,
                "ALL_MEMBERS",
                null);
        RegisterEntity created = entities.create(input, analyst.caller());
        entities.withdraw(created.id(), analyst.caller());

        open("/register/entities/" + created.id() + "?lang=en");
        assertThat(browser().findElement(By.id("record-withdrawn")).getText()).contains("Withdrawn");
        browser().findElement(By.id("record-restore")).click();
        WebElement restored = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("record-restored")));
        assertThat(restored.getText()).contains("Restored");
        assertThat(browser().findElements(By.id("record-withdrawn"))).isEmpty();
        assertThat(entities.view(created.id(), Purpose.ANALYSIS, analyst.caller()))
                .hasValueSatisfying(e -> assertThat(e.withdrawn()).isFalse());

        // Another state's analyst sees the withdrawn record but no button: only the owner may restore it.
        entities.withdraw(created.id(), analyst.caller());
        SecurityTestKit.TestUser other = kit.user("KAZ", Role.ANALYST);
        String password = kit.setPassword(other);
        browser().manage().deleteAllCookies();
        open("/login");
        browser().findElement(By.id("username")).sendKeys(other.username());
        browser().findElement(By.id("password")).sendKeys(password);
        browser().findElement(By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        open("/register/entities/" + created.id() + "?lang=en");
        assertThat(browser().findElement(By.id("record-withdrawn")).getText()).contains("Withdrawn");
        assertThat(browser().findElements(By.id("record-restore"))).isEmpty();
    }

    @Test
    void screeningShowsEachHitWithAReadableExplanation() {
        open("/register/screening");
        browser().findElement(By.id("name")).sendKeys("Islamskoye dvizheniye Uzbekistana");
        browser().findElement(By.id("screen-submit")).click();
        WebElement hit = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".screening-hit")));
        assertThat(hit.findElement(By.className("hit-caption")).getText()).isEqualTo("Islamic Movement of Uzbekistan");
        assertThat(hit.findElement(By.className("hit-explanation")).getText()).contains("matched");
        assertThat(hit.getText()).contains("Исламское движение Узбекистана").contains("QDe.010");
        screenshot("register-screening");
    }

    @Test
    void screensAnUploadedPassengerListAsATableWithExplanationsAndACsvDownload() throws Exception {
        Path list = Files.createTempFile("passengers", ".csv");
        Files.writeString(
                list,
                "id,name,kind\np1,Мохаммад Хасан Ахунд,person\np2,Anna Nobody,person\np3,Islamskoye dvizheniye Uzbekistana,\n");
        open("/register/screening?lang=en");
        browser().findElement(By.id("batch-link")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("batch-form")));
        browser().findElement(By.id("file")).sendKeys(list.toString());
        browser().findElement(By.id("batch-submit")).click();
        // No purpose chosen: the browser's own check stops the form; without it the page names the purpose.
        assertThat(browser().findElements(By.id("batch-results"))).isEmpty();

        new Select(browser().findElement(By.id("purpose"))).selectByValue("BORDER_CHECK");
        browser().findElement(By.id("batch-submit")).click();
        WebElement table = waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
        List<WebElement> rows = table.findElements(By.cssSelector(".batch-hit"));
        assertThat(rows)
                .extracting(r -> r.getAttribute("data-input-id"))
                .contains("p1", "p3")
                .doesNotContain("p2");
        WebElement taliban = rows.stream()
                .filter(r -> "p1".equals(r.getAttribute("data-input-id")))
                .findFirst()
                .orElseThrow();
        assertThat(taliban.findElement(By.className("batch-caption")).getText()).isEqualTo("MOHAMMAD HASSAN AKHUND");
        assertThat(taliban.findElement(By.className("batch-explanation")).getText())
                .contains("matched");
        assertThat(taliban.getText()).contains("TAi.002");
        assertThat(browser().findElement(By.id("batch-title")).getText()).startsWith("3 rows screened");

        String href = browser().findElement(By.id("batch-download")).getAttribute("href");
        assertThat(href).startsWith("data:text/csv");
        String csv = new String(
                java.util.Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("input_id,list_id,score,explanation");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(1))
                .startsWith(rows.get(0).getAttribute("data-input-id") + ","
                        + rows.get(0).getAttribute("data-entity-id") + ",");
        screenshot("register-screening-batch");

        Files.writeString(list, "id,name,kind\np1,Someone,person\np2,Something,vessel\n");
        browser().findElement(By.id("file")).sendKeys(list.toString());
        new Select(browser().findElement(By.id("purpose"))).selectByValue("BORDER_CHECK");
        browser().findElement(By.id("batch-submit")).click();
        WebElement error = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("batch-error")));
        assertThat(error.getText()).contains("Line 3").contains("kind");
        assertThat(browser().findElements(By.id("batch-results"))).isEmpty();
        Files.deleteIfExists(list);
    }

    @Test
    void importsAFileWithProgressUntilDone() throws Exception {
        Path file = Files.createTempFile("un-excerpt", ".xml");
        try (var in = getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml")) {
            Files.write(file, in.readAllBytes());
        }
        open("/register/import");
        browser().findElement(By.id("file")).sendKeys(file.toString());
        browser().findElement(By.id("import-submit")).click();
        WebElement result = waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(result.getText()).contains("Created 9");
        assertThat(browser().findElement(By.id("import-progress")).getAttribute("data-state"))
                .isEqualTo("DONE");
        Files.deleteIfExists(file);
    }

    @Test
    void speaksRussian() {
        open("/register?lang=ru");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Реестр запрещённых организаций и лиц");
        open("/register/screening");
        assertThat(browser().findElement(By.id("screen-submit")).getText()).isEqualTo("Проверить");
        open("/register/screening/batch");
        assertThat(browser().findElement(By.id("batch-submit")).getText()).isEqualTo("Проверить список");
        open("/register?lang=en");
    }
}
