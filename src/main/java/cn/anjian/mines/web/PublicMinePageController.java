package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PublicCaching;
import cn.anjian.mines.planner.PublicAssignments;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** MC-06: the portal's page of a division's mine safety commissioners (the same for everyone: cached). */
@Controller
@RequiredArgsConstructor
class PublicMinePageController {

    private final PublicAssignments assignments;

    @GetMapping("/public/mines/{code:\\d{6,12}}")
    @PreAuthorize("permitAll()")
    String notice(@PathVariable String code, Model model, HttpServletResponse res) {
        model.addAttribute("notice", assignments.of(code).orElseThrow(() -> BusinessException.notFound("派驻公示")));
        model.addAttribute("hotline", PublicAssignments.HOTLINE);
        PublicCaching.allow(res);
        return "mines/public/commissioners";
    }
}
