package cn.anjian.web;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Fallback for refusals on pages that a controller did not show inline on its form: a friendly
 * Chinese page with the domain's message and the matching 4xx status. REST controllers are handled
 * first by {@link ApiExceptionHandler}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(BusinessException.class)
    ModelAndView business(BusinessException e, HttpServletResponse response) {
        return page(ApiExceptionHandler.statusOf(e.kind()), e.getMessage(), e.code(), response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "请求参数缺失或格式不正确，请检查后重试。", "BAD-PARAMETER", response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(OptimisticLockingFailureException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试。", "STALE", response);
    }

    private static ModelAndView page(HttpStatus status, String message, String code, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/refused");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("message", message);
        mv.addObject("code", code);
        return mv;
    }
}
