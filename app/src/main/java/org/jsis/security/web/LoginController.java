package org.jsis.security.web;

import org.jsis.platform.web.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login page; Spring Security processes {@code POST /login} and {@code POST /logout}. */
@Controller
@ConsolePage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "security/login";
    }
}
