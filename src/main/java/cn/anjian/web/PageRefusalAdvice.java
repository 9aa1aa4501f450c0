package cn.anjian.web;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one page-side handler of domain refusals: a page handler that declared a {@link
 * cn.anjian.kernel.PageRefusal} gets its form re-rendered with the message (input kept) or a flash and
 * a redirect; anything else — API calls, pages that declared nothing, a page that cannot be rebuilt —
 * gets the one status mapping ({@link Refused}) that {@link ApiExceptionHandler} also uses.
 * Ordered before {@link ApiExceptionHandler}, whose catch-all would otherwise take BusinessException.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusalAdvice {

    @ExceptionHandler(BusinessException.class)
    Object refused(BusinessException e, HttpServletRequest req, HttpServletResponse res) {
        PageRefusals.Target target = Refused.isApi(req) ? null : PageRefusals.of(req);
        if (target == null) {
            return Refused.respond(req, res, e);
        }
        try {
            return target.handle(e, req, res);
        } catch (BusinessException pageGone) {
            // the page's own subject is gone or out of scope: that refusal (usually 404) is the answer
            return Refused.respond(req, res, pageGone);
        }
    }
}
