package org.jsis.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsis.organisation.MembershipPeriod;
import org.jsis.organisation.MembershipStatus;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@Import(SecurityTestKit.class)
class HomePageBrowserTests extends BrowserTests {

    @Autowired
    SecurityTestKit kit;

    private static final String MEMBER_FILL = "path.jsis-state[fill='#2f6db5']";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetLanguageChoice() {
        open("/favicon.svg");
        browser().manage().deleteAllCookies();
    }

    @Test
    void dateSwitchShowsTheOrganisationOnThatDay() {
        open("/?on=2006-01-01");
        assertThat(memberRows()).hasSize(6);
        assertThat(text("#outside")).contains("Uzbekistan");
        waitForMap();
        assertThat(browser().findElements(By.cssSelector("#member-map " + MEMBER_FILL)))
                .hasSize(6);

        chooseDate("2007-05-23");
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("org-heading"), "23 May 2007"));
        assertThat(memberRows())
                .extracting(row -> row.getAttribute("data-state-code"))
                .containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        assertThat(browser().getCurrentUrl()).endsWith("/?on=2007-05-23");
        assertThat(text("#chair")).contains("No chairmanship");
        waitForMap();
        assertThat(browser().findElements(By.cssSelector("#member-map " + MEMBER_FILL)))
                .hasSize(7);
        screenshot("home-2007-05-23-en");

        chooseDate("2008-03-01");
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("chair"), "Kyrgyzstan"));
        assertThat(text("#chair")).isEqualTo("Kyrgyzstan, from 1 January 2008 to 30 June 2008");
    }

    @Test
    void languageSwitchShowsRussianAndIsRemembered() {
        open("/?on=2007-05-23");
        browser().findElement(By.cssSelector("#lang-switch [data-lang='ru']")).click();
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("org-heading"), "23 мая 2007"));
        assertThat(text("#members-title")).isEqualTo("Государства-члены");
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("ru");
        screenshot("home-2007-05-23-ru");

        open("/?on=2008-03-01");
        assertThat(text("#chair")).startsWith("Киргизия");

        browser().findElement(By.cssSelector("#lang-switch [data-lang='en']")).click();
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("members-title"), "Member states"));
    }

    @Test
    void suspendedMemberIsShownDifferently() {
        LocalDate from = LocalDate.of(2031, 3, 1);
        MembershipPeriod suspension =
                directory.recordMembershipChange("ARM", MembershipStatus.SUSPENDED, from, null, "browser test");
        try {
            open("/?on=2031-03-02");
            WebElement armenia = browser().findElement(By.cssSelector("#members [data-state-code='ARM']"));
            assertThat(armenia.getAttribute("class")).contains("jsis-row-suspended");
            assertThat(armenia.getText()).contains("Suspended");
            assertThat(text("#member-count")).startsWith("6 ");
            waitForMap();
            assertThat(browser().findElements(By.cssSelector("#member-map path.jsis-state[fill='#d89b00']")))
                    .hasSize(1);
            assertThat(browser().findElements(By.cssSelector("#member-map path.jsis-marker[fill='#d89b00']")))
                    .as("Armenia is small: a marker in its colour makes it visible")
                    .hasSize(1);
            screenshot("home-suspended");
        } finally {
            jdbc.sql("DELETE FROM membership_period WHERE id = :id")
                    .param("id", suspension.id())
                    .update();
        }
    }

    @Test
    void malformedDateIsExplainedOnThePage() {
        open("/?on=23.05.2007");
        assertThat(text("#date-error")).contains("'23.05.2007'").contains("YYYY-MM-DD");
    }

    @Test
    void unknownPageSendsAnAnonymousVisitorToTheLoginPage() {
        open("/no-such-page");
        assertThat(browser().getCurrentUrl()).contains("/login");
        assertThat(browser().findElements(By.id("username"))).isNotEmpty();
    }

    @Test
    void unknownPageGetsTheConsolesErrorPageOnceLoggedIn() {
        SecurityTestKit.TestUser analyst = kit.user("KAZ", Role.ANALYST);
        logIn(analyst.username(), kit.setPassword(analyst));
        try {
            open("/no-such-page");
            assertThat(text("main")).contains("Error 404", "There is no page at this address.");
            assertThat(browser().findElements(By.cssSelector("nav .nav-link"))).isNotEmpty();
        } finally {
            logOut();
        }
    }

    private void chooseDate(String isoDate) {
        WebElement input = browser().findElement(By.id("on"));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
        browser().findElement(By.id("date-submit")).click();
    }

    private void waitForMap() {
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-map[data-loaded='true']")));
    }

    private List<WebElement> memberRows() {
        return browser().findElements(By.cssSelector("#members tbody tr"));
    }

    private String text(String css) {
        return browser().findElement(By.cssSelector(css)).getText();
    }
}
