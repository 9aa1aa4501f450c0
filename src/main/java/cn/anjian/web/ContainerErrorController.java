package cn.anjian.web;

import java.util.Set;

import cn.anjian.kernel.RefusalAttributes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error dispatch ({@code /error}) answers: errors raised before a handler runs (a filter's
 * {@code sendError}, a rejected URL, an exception in a filter) get the same format as the handlers' refusals —
 * problem+json under {@code /api/**}, the Chinese error page elsewhere — instead of Spring Boot's default JSON.
 * The security headers come from the filter chain, which the error dispatch passes too. Never a stack trace.
 */
@Controller
class ContainerErrorController implements ErrorController {

    /** Statuses with their own page under {@code templates/error/}. */
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 413, 500);

    @RequestMapping("/error")
    @PreAuthorize("permitAll()")
    Object error(HttpServletRequest req, HttpServletResponse res) {
        HttpStatus status = status(req);
        Object reason = req.getAttribute(RefusalAttributes.REASON);
        Object code = req.getAttribute(RefusalAttributes.CODE);
        String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Overload.Kind overload = status == HttpStatus.INTERNAL_SERVER_ERROR && req.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
                instanceof Throwable t ? Overload.of(t) : Overload.Kind.NONE;
        if (overload != Overload.Kind.NONE) {
            // raised in a filter (the session's repository) or while rendering: busy or unreachable, not our fault
            res.setHeader("Retry-After", Overload.RETRY_AFTER);
            return Refused.respond(uri, res, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                    Overload.message(overload, RequestIdFilter.of(req)), null);
        }
        if (reason == null && !Refused.isApi(uri) && PAGES.contains(status.value())) {
            res.setStatus(status.value());
            return new ModelAndView("error/" + status.value(), status);
        }
        return Refused.respond(uri, res, status, code != null ? code.toString() : codeOf(status),
                reason != null ? reason.toString() : detailOf(status), null);
    }

    private static HttpStatus status(HttpServletRequest req) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "BAD-REQUEST";
            case UNAUTHORIZED -> "IAM-UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT-FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD-NOT-ALLOWED";
            case CONTENT_TOO_LARGE -> "TOO-LARGE";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "HEADER-TOO-LARGE";
            default -> status.is4xxClientError() ? "BAD-REQUEST" : "INTERNAL";
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "您没有执行此操作的权限";
            case NOT_FOUND -> "您访问的页面或接口不存在";
            case METHOD_NOT_ALLOWED -> "不支持该请求方式";
            case CONTENT_TOO_LARGE -> "上传或提交的内容超过允许的大小";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求头过大，请清除浏览器 Cookie 后重试";
            default -> status.is4xxClientError() ? "请求有误，请检查后重试" : "系统暂时无法完成您的请求，请稍后重试";
        };
    }
}
