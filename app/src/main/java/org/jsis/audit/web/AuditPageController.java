package org.jsis.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsis.audit.AuditSearch.Filter;
import org.jsis.audit.AuditorAccess;
import org.jsis.audit.InvalidPurposeException;
import org.jsis.audit.Purpose;
import org.jsis.organisation.Agency;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.platform.web.ConsoleNavigation;
import org.jsis.platform.web.ConsolePage;
import org.jsis.platform.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The console page "Audit" for the AUDITOR of a member state: every access to records their state owns, by
 * anyone from any state, with filters and pages. Same rules, filters and {@code audit.search} entry as
 * {@code /api/v1/audit/entries} (both go through {@link AuditReader}).
 */
@Controller
@ConsolePage
@ConsoleNavigation(
        path = "/audit",
        label = "audit.nav",
        order = ConsoleNavigation.AUDIT,
        roles = {"AUDITOR"})
class AuditPageController {

    static final int PAGE_SIZE = 25;

    private final AuditReader reader;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    AuditPageController(AuditReader reader, OrganisationDirectory directory, MessageSource messages) {
        this.reader = reader;
        this.directory = directory;
        this.messages = messages;
    }

    /** A filter the page refused: the parameter and what to tell the auditor. */
    public record FilterError(String parameter, String message) {}

    @GetMapping("/audit")
    String search(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable String accessorState,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String recordId,
            @RequestParam(required = false) @Nullable String recordType,
            @RequestParam(required = false) @Nullable String page,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        AuditorAccess.Auditor auditor = AuditorAccess.require();
        List<MemberState> states = directory.states();
        model.addAttribute("form", new AuditForm(from, to, user, accessorState, action, purpose, recordId, recordType));
        model.addAttribute("states", states);
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("ownerState", auditor.state());
        model.addAttribute("ownerStateName", stateName(states, auditor.state(), locale));
        try {
            Filter filter = reader.filter(
                    day("from", from), day("to", to), user, accessorState, action, purpose, recordId, recordType);
            int number = pageNumber(page);
            AuditReader.Page found = reader.read(filter, PAGE_SIZE, (number - 1) * PAGE_SIZE);
            model.addAttribute("entries", rows(found, states, locale));
            model.addAttribute("pageNumber", number);
            model.addAttribute("firstIndex", (number - 1) * PAGE_SIZE + 1);
            model.addAttribute("previousHref", number > 1 ? pageHref(request, number - 1) : null);
            model.addAttribute("nextHref", found.more() ? pageHref(request, number + 1) : null);
        } catch (InvalidParameterException e) {
            refuse(model, response, e.parameter(), e.getMessage(), locale);
        } catch (InvalidPurposeException e) {
            refuse(model, response, "purpose", e.getBody().getDetail(), locale);
        }
        return "audit/search";
    }

    private void refuse(
            Model model, HttpServletResponse response, String parameter, @Nullable String detail, Locale locale) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        String message = messages.getMessage("audit.error." + parameter, null, detail, locale);
        model.addAttribute("filterError", new FilterError(parameter, message == null ? parameter : message));
        model.addAttribute("entries", List.of());
    }

    private List<AccessRow> rows(AuditReader.Page found, List<MemberState> states, Locale locale) {
        Map<String, Agency> agencies =
                directory.agencies().stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        return found.entries().stream()
                .map(a -> AccessRow.of(
                        a,
                        a.agency() == null
                                ? null
                                : agencies.containsKey(a.agency())
                                        ? agencies.get(a.agency()).name(locale)
                                        : a.agency(),
                        a.state() == null ? null : stateName(states, a.state(), locale)))
                .toList();
    }

    private static String stateName(List<MemberState> states, String code, Locale locale) {
        return states.stream()
                .filter(s -> s.code().equals(code))
                .map(s -> s.name(locale))
                .findFirst()
                .orElse(code);
    }

    private static @Nullable LocalDate day(String parameter, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "a day as YYYY-MM-DD", raw);
        }
    }

    private static int pageNumber(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(raw.trim());
            if (number >= 1 && number <= 100_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("page", "a page number from 1", raw);
    }

    /** The current search with another page number, keeping every filter. */
    private static String pageHref(HttpServletRequest request, int number) {
        var uri = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page", number)
                .replaceQueryParam("lang")
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
