package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsis.border.Checkpoints;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.Crossings;
import org.jsis.border.DocumentData;
import org.jsis.border.EntryBan;
import org.jsis.border.EntryBans;
import org.jsis.border.Stays;
import org.jsis.border.stay.Direction;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The officer's screens in a real browser: keyboard-first check, traveller page, overstayers chart, map. */
@Import(SecurityTestKit.class)
class BorderBrowserTests extends BrowserTests {

    @Autowired
    SecurityTestKit kit;

    @Autowired
    EntryBans bans;

    @Autowired
    Crossings crossings;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    Stays stays;

    String number;
    LocalDate birth;

    @BeforeEach
    void aKazakhOfficerLoggedInAndABannedTravellerInKazakhstan() {
        number = "AB" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        birth = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));
        bans.create(
                new EntryBan(
                        0,
                        "KGZ",
                        "State Border Service",
                        "Law on external migration",
                        "Smuggling",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "ALL_MEMBERS",
                        null,
                        List.of("Тагаев Нурлан"),
                        birth.toString(),
                        "KGZ",
                        "M",
                        List.of(),
                        "KGZ",
                        "ALL_MEMBERS",
                        List.of()),
                "fixture");
        var kazakhOfficer = kit.user("KAZ", Role.OFFICER);
        crossings.record(
                List.of(new CrossingSubmission(
                        UUID.randomUUID(),
                        Direction.ENTRY,
                        checkpoints.byCode("KAZ-KORDAI").orElseThrow().id(),
                        Instant.now().minus(Duration.ofDays(45)),
                        new DocumentData(
                                "PASSPORT",
                                number,
                                "KGZ",
                                LocalDate.of(2031, 1, 1),
                                "TAGAEV",
                                "NURLAN",
                                null,
                                null,
                                birth,
                                "M",
                                "UZB"),
                        "TOURISM",
                        "ALL_MEMBERS",
                        List.of())),
                kazakhOfficer.caller());
        while (stays.recomputeQueued(10_000) > 0) {
            // derive the overstayer list now
        }
        var officer = kit.user("KAZ", Role.OFFICER);
        String password = kit.setPassword(officer);
        browser().manage().deleteAllCookies();
        open("/login");
        browser().findElement(By.id("username")).sendKeys(officer.username());
        browser().findElement(By.id("password")).sendKeys(password);
        browser().findElement(By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void pastedZoneIsReadLiveAndEnterAnswersHitWithTheBanAndTheOverstay() {
        open("/border?lang=en");
        WebElement zone = browser().switchTo().activeElement();
        assertThat(zone.getAttribute("id")).as("the zone has the focus").isEqualTo("mrz");
        String mrz = BorderCheckIntegrationTests.td3(
                "KGZ", "TAGAEV", "NURLAN", number, "UZB", birth, "M", LocalDate.of(2031, 1, 1));
        zone.sendKeys(mrz.replace("\n", Keys.chord(Keys.SHIFT, Keys.ENTER)));
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("mrz-ok")));
        assertThat(browser().findElement(By.id("mrz-ok")).getText()).contains("TAGAEV NURLAN");
        zone.sendKeys(Keys.ENTER);
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
        WebElement outcome = browser().findElement(By.id("outcome"));
        assertThat(outcome.getAttribute("data-outcome")).isEqualTo("HIT");
        assertThat(outcome.getText()).contains("HIT");
        assertThat(browser().findElements(By.cssSelector("#reasons .reason")))
                .extracting(e -> e.getAttribute("data-kind"))
                .contains("ENTRY_BAN", "OVERSTAY");
        assertThat(browser()
                        .findElement(By.cssSelector("#stays tr[data-host='KAZ']"))
                        .getText())
                .contains("KAZ-VISA-FREE v2");
        screenshot("border-check-hit");

        browser().findElement(By.id("traveller-link")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("crossings")));
        assertThat(browser().findElement(By.id("crossings")).getText()).contains("KAZ-KORDAI");
    }

    @Test
    void aBrokenCheckDigitIsNamedWhileTyping() {
        open("/border?lang=en");
        String mrz = BorderCheckIntegrationTests.td3(
                "KGZ", "TAGAEV", "NURLAN", number, "UZB", birth, "M", LocalDate.of(2031, 1, 1));
        String broken = mrz.substring(0, 45 + 9) + ((mrz.charAt(45 + 9) - '0' + 1) % 10) + mrz.substring(45 + 10);
        browser().findElement(By.id("mrz")).sendKeys(broken.replace("\n", Keys.chord(Keys.SHIFT, Keys.ENTER)));
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("mrz-error")));
        assertThat(browser().findElement(By.id("mrz-error")).getText()).contains("line 2, document number check digit");
    }

    @Test
    void overstayersListAndChartAndCheckpointsOnTheMapInRussian() {
        open("/border/overstayers?state=KAZ&lang=ru");
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains("Нарушители сроков пребывания");
        assertThat(browser().findElement(By.id("overstayers")).getText()).contains("TAGAEV NURLAN");
        waitUpTo(Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("overstay-chart")).getAttribute("data-ready")));
        open("/border/checkpoints?lang=en");
        waitUpTo(Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("checkpoint-map")).getAttribute("data-loaded")));
        assertThat(Integer.parseInt(
                        browser().findElement(By.id("checkpoint-map")).getAttribute("data-markers")))
                .isGreaterThanOrEqualTo(40);
        screenshot("border-checkpoints");
    }
}
