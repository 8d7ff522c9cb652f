package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The illegal-crossings page in a real browser: a Tajik officer records a detection and sees it counted. */
@Import(SecurityTestKit.class)
class IllegalCrossingBrowserTests extends BrowserTests {

    @Autowired
    SecurityTestKit kit;

    final String place = "Shuroobod, Panj river " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void aTajikOfficerLoggedIn() {
        var officer = kit.user("TJK", Role.OFFICER);
        String password = kit.setPassword(officer);
        browser().manage().deleteAllCookies();
        open("/login");
        browser().findElement(By.id("username")).sendKeys(officer.username());
        browser().findElement(By.id("password")).sendKeys(password);
        browser().findElement(By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void recordsADetectionAndCountsItByPlaceNationalityAndMonthInBothLanguages() {
        open("/border/illegal-crossings?lang=en");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Illegal crossings");
        // A bad latitude is refused naming the field, and nothing is recorded.
        fill("latitude", "north");
        fill("longitude", "68.61");
        fill("place", place);
        fill("groupSize", "4");
        fill("nationalities", "AFG, PAK");
        browser().findElement(By.id("record-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
        assertThat(browser().findElement(By.id("form-error")).getText()).contains("'latitude'");
        assertThat(browser().findElement(By.id("detections")).getText()).doesNotContain(place);

        fill("latitude", "37.32");
        browser().findElement(By.id("record-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
        WebElement row = browser().findElements(By.cssSelector("#detections tbody tr")).stream()
                .filter(r -> r.getText().contains(place))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("TJK").contains("AFG, PAK").contains("37.3200, 68.6100");
        assertThat(browser().findElement(By.id("by-place")).getText()).contains("TJK: " + place + " 1 4");
        assertThat(browser().findElement(By.id("by-nationality")).getText()).contains("PAK");
        assertThat(browser().findElement(By.id("by-month")).getText()).contains("TJK");
        screenshot("border-illegal-crossings");

        // Filtering by place keeps it; by another nationality drops it.
        open("/border/illegal-crossings?lang=ru&place=" + place.substring(place.length() - 6));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Незаконные пересечения");
        assertThat(browser().findElement(By.id("detections")).getText()).contains(place);
        browser().findElement(By.id("f-nationality")).sendKeys("IRN");
        browser().findElement(By.id("filter-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("nationality=IRN"));
        assertThat(browser().findElement(By.id("detections")).getText()).doesNotContain(place);
    }

    void fill(String id, String value) {
        WebElement input = browser().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
