package cn.anjian.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page. Its panels ("我的待办", "逾期期限") are fragments served by the modules that own the
 * data and loaded with htmx, so the web shell stays free of domain dependencies.
 */
@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("hasAuthority('home:view')")
    String home() {
        return "web/home";
    }
}
