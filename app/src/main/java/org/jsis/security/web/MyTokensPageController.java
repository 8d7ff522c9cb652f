package org.jsis.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jsis.platform.web.ConsolePage;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.internal.AccountService;
import org.jsis.security.internal.InvalidInputException;
import org.jsis.security.internal.UserAccounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page "My tokens": the signed-in user's API tokens, creating one (its secret shown in the
 * answer to the creating request only, never stored in the session) and revoking one. Same service and
 * rules as {@code /api/v1/me/tokens}.
 */
@Controller
@ConsolePage
@RequestMapping("/me/tokens")
class MyTokensPageController {

    private final AccountService service;
    private final MessageSource messages;

    MyTokensPageController(AccountService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String tokens(Model model) {
        Caller caller = CurrentCaller.require();
        model.addAttribute("tokens", TokenRow.of(service.tokensOf(caller.id())));
        model.addAttribute("validityChoices", TokenForm.VALIDITY_CHOICES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.empty());
        }
        return "security/tokens";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String validDays,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Caller caller = CurrentCaller.require();
        TokenForm form = new TokenForm(name, validDays);
        try {
            Account me = service.account(caller);
            model.addAttribute("newToken", TokenRow.Issued.of(service.issueToken(me, name, form.days(), caller)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", FormError.of(e, messages, locale));
            model.addAttribute("form", form);
        }
        return tokens(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        Account me = service.account(CurrentCaller.require());
        if (!service.revokeToken(me, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "you have no API token " + id);
        }
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/me/tokens";
    }
}
