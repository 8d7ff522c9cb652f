package org.jsis.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The security module's console in a real browser: log in and out, the user menu, my API tokens. */
@Import(SecurityTestKit.class)
class SecurityConsoleBrowserTests extends BrowserTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SecurityTestKit kit;

    @BeforeEach
    void startLoggedOut() {
        logOut();
    }

    @Test
    void logInAndOutThroughTheFormWithTheUserMenu() {
        TestUser analyst = kit.user("KAZ", Role.ANALYST, Role.AUDITOR);
        String password = kit.setPassword(analyst);

        open("/");
        browser().findElement(By.id("login-link")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        submitLogin(analyst.username(), "not the password");
        assertThat(text("#login-error")).isEqualTo("Wrong username or password.");
        screenshot("security-login-error-en");

        logIn(analyst.username(), password);
        assertThat(text("#user-menu-name")).isEqualTo(analyst.username());
        assertThat(text("#user-menu-state")).isEqualTo("KAZ");
        browser().findElement(By.id("user-menu-button")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu-card")));
        assertThat(text("#user-menu-where")).contains("Kazakhstan").contains(SecurityTestKit.agencyCode("KAZ"));
        assertThat(browser().findElements(By.cssSelector("#user-menu-roles [data-role]")))
                .extracting(e -> e.getAttribute("data-role"))
                .containsExactly("ANALYST", "AUDITOR");
        assertThat(text("#user-menu-roles")).contains("Analyst").contains("Auditor");
        assertThat(browser().findElements(By.id("user-menu-users")))
                .as("only administrators get the users link")
                .isEmpty();
        screenshot("security-user-menu-en");

        browser().findElement(By.id("logout-button")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(text("#login-logged-out")).isEqualTo("You have logged out.");
        assertThat(browser().findElements(By.id("login-link"))).hasSize(1);
        open("/me/tokens");
        assertThat(browser().getCurrentUrl())
                .as("after logging out, pages need a new login")
                .endsWith("/login");
    }

    @Test
    void repeatedFailuresLockTheAccountAndTheLoginPageSaysSo() {
        TestUser officer = kit.user("ARM", Role.OFFICER);
        String password = kit.setPassword(officer);
        open("/login");
        for (int i = 0; i < 5; i++) {
            submitLogin(officer.username(), "wrong " + i);
            assertThat(browser().findElements(By.id("login-error"))).hasSize(1);
        }
        submitLogin(officer.username(), password);
        assertThat(text("#login-locked")).contains("locked");
        assertThat(browser().findElements(By.id("user-menu"))).isEmpty();
    }

    @Test
    void createUseAndRevokeAToken() throws Exception {
        TestUser officer = kit.user("RUS", Role.OFFICER);
        logIn(officer.username(), kit.setPassword(officer));
        browser().findElement(By.id("user-menu-button")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(By.id("user-menu-tokens")));
        browser().findElement(By.id("user-menu-tokens")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/me/tokens"));
        assertThat(tokenRows()).hasSize(1); // the kit's own token

        browser().findElement(By.id("token-name")).sendKeys("border system, Dostyk");
        new Select(browser().findElement(By.id("token-validity"))).selectByValue("30");
        browser().findElement(By.id("token-submit")).click();
        WebElement secretField = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token-secret")));
        String secret = secretField.getAttribute("value");
        assertThat(secret).startsWith("jsis_").hasSize(48);
        assertThat(meWith(secret).statusCode()).as("the new token works").isEqualTo(200);
        assertThat(meWith(secret).body()).contains(officer.username());
        browser().findElement(By.id("new-token-copy")).click();
        assertThat(text("#new-token-copy")).isEqualTo("Copied");
        screenshot("security-token-created-en");

        open("/me/tokens");
        assertThat(browser().findElements(By.id("new-token"))).as("shown once").isEmpty();
        assertThat(browser().getPageSource()).doesNotContain(secret);
        WebElement row = tokenRow("border system, Dostyk");
        assertThat(row.getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(row.getText()).as("its use through the API is shown").doesNotContain("never");

        row.findElement(By.cssSelector(".token-revoke")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-revoked")));
        assertThat(tokenRow("border system, Dostyk").getAttribute("data-status"))
                .isEqualTo("REVOKED");
        assertThat(meWith(secret).statusCode()).as("a revoked token is refused").isEqualTo(401);
        screenshot("security-tokens-en");
    }

    @Test
    void aTokenWithoutANameIsExplainedInTheForm() {
        TestUser officer = kit.user("RUS", Role.OFFICER);
        logIn(officer.username(), kit.setPassword(officer));
        open("/me/tokens");
        // The browser's own check would stop an empty name; send spaces, which only the service refuses.
        browser().findElement(By.id("token-name")).sendKeys("   ");
        browser().findElement(By.id("token-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertThat(text("#form-error")).contains("name of 1 to 100 characters");
        assertThat(browser().findElements(By.id("new-token"))).isEmpty();
        assertThat(tokenRows()).hasSize(1);
    }

    private void submitLogin(String username, String password) {
        browser().findElement(By.id("username")).clear();
        browser().findElement(By.id("username")).sendKeys(username);
        browser().findElement(By.id("password")).sendKeys(password);
        String before = browser().getCurrentUrl();
        browser().findElement(By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before)
                        || !d.findElements(By.cssSelector(".alert")).isEmpty());
    }

    private List<WebElement> tokenRows() {
        return browser().findElements(By.cssSelector("#tokens tbody tr"));
    }

    private WebElement tokenRow(String name) {
        return tokenRows().stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token row named " + name));
    }

    private HttpResponse<String> meWith(String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String text(String css) {
        return browser().findElement(By.cssSelector(css)).getText();
    }
}
