package org.jsis.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.Purpose;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.jsis.web.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The security and audit modules' console in a real browser: log in and out, the user menu, my API tokens,
 * the users of a state, and the audit of a state's records; screenshots in English and Russian go to
 * {@code target/screenshots}.
 */
@Import(SecurityTestKit.class)
class SecurityConsoleBrowserTests extends BrowserTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SecurityTestKit kit;

    @Autowired
    AuditLog audit;

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
        assertThat(navigationLinks())
                .as("an auditor gets the audit link, only administrators the users link")
                .contains("/audit")
                .doesNotContain("/users");
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

    @Test
    void aStateAdministratorManagesTheUsersOfTheirStateOnly() {
        TestUser admin = kit.user("KAZ", Role.STATE_ADMIN);
        TestUser colleague = kit.user("KAZ", Role.OFFICER);
        TestUser russian = kit.user("RUS", Role.ANALYST);
        logIn(admin.username(), kit.setPassword(admin));
        assertThat(navigationLinks()).contains("/users").doesNotContain("/audit");
        browser()
                .findElement(By.cssSelector("#jsis-nav a.nav-link[href='/users']"))
                .click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/users"));
        assertThat(text("#users-heading")).isEqualTo("Users of Kazakhstan");
        List<WebElement> rows = browser().findElements(By.cssSelector("#users tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-state")).containsOnly("KAZ");
        assertThat(rows)
                .extracting(r -> r.getAttribute("data-username"))
                .contains(admin.username(), colleague.username())
                .doesNotContain(russian.username());
        assertThat(new Select(browser().findElement(By.id("user-agency"))).getOptions())
                .extracting(o -> o.getAttribute("value"))
                .contains(SecurityTestKit.agencyCode("KAZ"))
                .doesNotContain(SecurityTestKit.agencyCode("RUS"));
        assertThat(browser().findElements(By.id("role-ADMIN")))
                .as("only an ADMIN grants ADMIN")
                .isEmpty();

        String username = "kaz-analyst-" + System.nanoTime() % 1_000_000;
        browser().findElement(By.id("user-username")).sendKeys(username);
        browser().findElement(By.id("user-display-name")).sendKeys("Aigerim Nurlanovna");
        new Select(browser().findElement(By.id("user-agency"))).selectByValue(SecurityTestKit.agencyCode("KAZ"));
        browser().findElement(By.id("role-ANALYST")).click();
        assertThat(browser().findElement(By.id("user-generate-password")).isSelected())
                .isTrue();
        browser().findElement(By.id("user-submit")).click();
        WebElement passwordField = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-password-value")));
        String password = passwordField.getAttribute("value");
        assertThat(password).matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
        assertThat(text("#user-heading")).isEqualTo(username);
        assertThat(text("#user-facts")).contains("Aigerim Nurlanovna").contains("Kazakhstan");
        screenshot("security-user-created-en");

        open("/users/" + russian.id());
        assertThat(text("h1")).as("a user of another state is not found").isEqualTo("Error 404");

        logOut();
        logIn(username, password);
        assertThat(text("#user-menu-name")).isEqualTo(username);
        assertThat(text("#user-menu-state")).isEqualTo("KAZ");
    }

    @Test
    void theAuditorOfTheOwnerStateSeesAnAccessByAnotherStatesAnalystAndNoOtherAuditorDoes() {
        TestUser analyst = kit.user("RUS", Role.ANALYST);
        String recordId = "kaz-entry-" + UUID.randomUUID();
        audit.record(AuditEntry.of("register.view")
                .withPurpose(Purpose.INVESTIGATION)
                .withTerm("name", "Ivanov Ivan")
                .withRecord("register-entry", recordId, "KAZ")
                .withRecord("register-entry", "rus-" + recordId, "RUS")
                .by(analyst.caller()));

        TestUser kazAuditor = kit.user("KAZ", Role.AUDITOR);
        logIn(kazAuditor.username(), kit.setPassword(kazAuditor));
        browser()
                .findElement(By.cssSelector("#jsis-nav a.nav-link[href='/audit']"))
                .click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/audit"));
        assertThat(text("#audit-heading")).isEqualTo("Who accessed the records of Kazakhstan");
        browser().findElement(By.id("audit-record-id")).sendKeys(recordId);
        browser().findElement(By.id("audit-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("recordId=" + recordId));
        WebElement row = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#audit-entries tr[data-username='" + analyst.username() + "']")));
        assertThat(row.findElement(By.cssSelector(".access-state")).getText()).isEqualTo("Russia (RUS)");
        assertThat(row.findElement(By.cssSelector(".access-agency")).getText())
                .isEqualTo(SecurityTestKit.agencyCode("RUS"));
        assertThat(row.findElement(By.cssSelector(".access-action")).getText()).isEqualTo("register.view");
        assertThat(row.findElement(By.cssSelector(".access-purpose")).getText()).isEqualTo("Investigation");
        assertThat(row.getText()).contains("Ivan");
        assertThat(row.findElement(By.cssSelector(".access-records")).getText())
                .contains(recordId)
                .contains("KAZ")
                .as("another state's record in the same access belongs to that state's audit")
                .doesNotContain("rus-" + recordId);
        assertThat(browser().findElements(By.cssSelector("#audit-entries tbody tr")))
                .hasSize(1);
        screenshot("audit-search-en");

        // Date inputs take typed digits in the browser's locale order; set the ISO values directly.
        ((JavascriptExecutor) browser())
                .executeScript("document.getElementById('audit-from').value = '2030-01-01';"
                        + "document.getElementById('audit-to').value = '2029-01-01';");
        browser().findElement(By.id("audit-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-error")));
        assertThat(browser().findElement(By.id("audit-error")).getAttribute("data-parameter"))
                .isEqualTo("to");

        logOut();
        TestUser rusAuditor = kit.user("RUS", Role.AUDITOR);
        logIn(rusAuditor.username(), kit.setPassword(rusAuditor));
        open("/audit?recordId=" + recordId);
        assertThat(text("#audit-heading")).isEqualTo("Who accessed the records of Russia");
        assertThat(browser().findElements(By.cssSelector("#audit-entries tbody tr")))
                .isEmpty();
        assertThat(browser().findElements(By.id("audit-empty"))).hasSize(1);
        assertThat(browser().getPageSource()).doesNotContain(analyst.username());

        logOut();
        logIn(analyst.username(), kit.setPassword(analyst));
        assertThat(navigationLinks()).doesNotContain("/audit");
        open("/audit?recordId=" + recordId);
        assertThat(text("h1")).as("the audit is for auditors only").isEqualTo("Error 403");
    }

    @Test
    void pagesInRussian() {
        TestUser admin = kit.user("KAZ", Role.STATE_ADMIN, Role.AUDITOR);
        audit.record(AuditEntry.of("register.search")
                .withPurpose(Purpose.BORDER_CHECK)
                .withTerm("name", "Иванов")
                .withTerm("birthDate", "1970")
                .withRecord("register-entry", "kaz-" + UUID.randomUUID(), "KAZ")
                .by(kit.user("BLR", Role.OFFICER).caller()));
        open("/login?lang=ru");
        assertThat(text("h1")).isEqualTo("Вход в JSIS");
        screenshot("security-login-ru");
        logIn(admin.username(), kit.setPassword(admin));
        browser().findElement(By.id("user-menu-button")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu-card")));
        assertThat(text("#user-menu-where")).contains("Казахстан");
        assertThat(text("#user-menu-roles"))
                .contains("Администратор государства")
                .contains("Аудитор");
        screenshot("security-user-menu-ru");

        open("/me/tokens");
        browser().findElement(By.id("token-name")).sendKeys("пограничная система");
        browser().findElement(By.id("token-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")));
        assertThat(text("h1")).isEqualTo("Мои API-токены");
        screenshot("security-tokens-ru");

        open("/users");
        assertThat(text("#users-heading")).isEqualTo("Пользователи: Казахстан");
        screenshot("security-users-ru");
        open("/users/" + admin.id());
        assertThat(text("#account-title")).isEqualTo("Учётная запись");
        screenshot("security-user-ru");

        open("/audit");
        assertThat(text("#audit-heading")).isEqualTo("Кто обращался к записям государства: Казахстан");
        assertThat(text("#audit-entries")).contains("Пограничный контроль").contains("Беларусь (BLR)");
        screenshot("audit-search-ru");
    }

    private List<String> navigationLinks() {
        return browser().findElements(By.cssSelector("#jsis-nav a.nav-link")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }

    private void submitLogin(String username, String password) {
        browser().findElement(By.id("username")).clear();
        browser().findElement(By.id("username")).sendKeys(username);
        browser().findElement(By.id("password")).sendKeys(password);
        WebElement submit = browser().findElement(By.id("login-submit"));
        submit.click();
        // The answer is a new page, often at the same address (/login?error again) and with an alert like the
        // last one: wait until the old page is gone and the new one is loaded, or the next look-up may still
        // find the old page's elements (stale by the time they are used).
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));
        waitUpTo(Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
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
