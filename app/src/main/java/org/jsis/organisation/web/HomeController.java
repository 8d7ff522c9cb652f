package org.jsis.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsis.organisation.Body;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.organisation.Standing;
import org.jsis.platform.web.ConsoleNavigation;
import org.jsis.platform.web.ConsolePage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's home page: the organisation on a chosen date, with a map of the member states. */
@Controller
@ConsolePage
@ConsoleNavigation(path = "/", label = "organisation.nav.home", order = ConsoleNavigation.HOME)
class HomeController {

    private final OrganisationDirectory directory;

    HomeController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @Nullable String on, Model model, HttpServletResponse response) {
        LocalDate day = LocalDate.now(OrganisationApiController.ZONE);
        if (on != null && !on.isBlank()) {
            try {
                day = LocalDate.parse(on.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("invalidDate", on);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        List<Standing> standings = directory.standings(day);
        Set<String> withStanding = standings.stream().map(s -> s.state().code()).collect(Collectors.toSet());
        List<MemberState> outside = directory.states().stream()
                .filter(s -> !withStanding.contains(s.code()))
                .toList();
        model.addAttribute("on", day);
        model.addAttribute("standings", standings);
        model.addAttribute(
                "memberCount", standings.stream().filter(Standing::isMember).count());
        model.addAttribute("outside", outside);
        model.addAttribute("chair", directory.chairmanship(day).orElse(null));
        model.addAttribute("bodyGroups", byKind(directory.bodies()));
        return "organisation/home";
    }

    private static Map<Body.Kind, List<Body>> byKind(List<Body> bodies) {
        return bodies.stream().collect(Collectors.groupingBy(Body::kind, LinkedHashMap::new, Collectors.toList()));
    }
}
