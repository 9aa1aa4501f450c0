package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.kernel.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Adds the CASE-11..13 sections' model to every page of {@link CasePageController} that is about one case
 * ({@code /cases/{id}} and its forms, which re-render the detail page on refusal), so the case detail page shows
 * them without that controller knowing. Model only: refusals stay with {@code PageRefusalAdvice}.
 */
@ControllerAdvice(assignableTypes = {CasePageController.class, CaseDecisionPageController.class})
@RequiredArgsConstructor
class PenaltySectionAdvice {

    private final PenaltySection section;

    @ModelAttribute
    void caseSections(HttpServletRequest request, @AuthenticationPrincipal Actor actor, Model model) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (actor == null || !(vars instanceof Map<?, ?> m) || m.size() != 1 || !(m.get("id") instanceof String id)
                || !id.matches("[1-9]\\d{0,17}")) {
            return; // not a page of one case, or an id the handler itself refuses
        }
        section.addTo(actor, Long.parseLong(id), model);
    }
}
