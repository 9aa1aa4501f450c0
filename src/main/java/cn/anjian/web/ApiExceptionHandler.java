package cn.anjian.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping of refusals to HTTP. Under {@code /api/**} it answers RFC 9457 problem+json with
 * a stable {@code code} and a Chinese {@code detail}; elsewhere a friendly Chinese page with the same
 * message and status. Anything a user can type ends as a 4xx here, never a 500. Controllers that
 * show a refusal inline on their form catch it themselves; this is the fallback.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BusinessException.class)
    Object business(BusinessException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, statusOf(e.kind()), e.code(), e.getMessage(), null);
    }

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(fe -> Map.of("field", fe.getField(), "message", fieldMessage(fe.getDefaultMessage(), fe.isBindingFailure())))
                .toList();
        return respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraint(ConstraintViolationException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList();
        return respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.BAD_REQUEST, "BAD-PARAMETER",
                "参数 " + e.getName() + " 的值“" + abbreviate(String.valueOf(e.getValue())) + "”格式不正确", null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.BAD_REQUEST, "MISSING-PARAMETER", "缺少参数 " + e.getParameterName(), null);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.BAD_REQUEST, "MISSING-HEADER", "缺少请求头 " + e.getHeaderName(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.BAD_REQUEST, "MALFORMED-BODY", "请求内容不是有效的 JSON 或字段类型不正确", null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object stale(OptimisticLockingFailureException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.CONFLICT, "STALE", "数据已被他人修改，请刷新后重试", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有执行此操作的权限", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.NOT_FOUND, "NOT-FOUND", "您访问的页面或接口不存在", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.METHOD_NOT_ALLOWED, "METHOD-NOT-ALLOWED", "不支持 " + e.getMethod() + " 请求方式", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED-MEDIA-TYPE", "不支持的内容类型", null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.NOT_ACCEPTABLE, "NOT-ACCEPTABLE", "无法以请求的格式返回结果", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.CONTENT_TOO_LARGE, "TOO-LARGE", "上传或提交的内容超过允许的大小", null);
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest req, HttpServletResponse res) {
        return respond(req, res, HttpStatus.BAD_REQUEST, "BAD-MULTIPART", "上传的内容格式不正确", null);
    }

    /** Anything unforeseen: logged with a reference the user can quote, never a stack trace in the response. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            String reason = e instanceof org.springframework.web.server.ResponseStatusException rse && rse.getReason() != null
                    ? rse.getReason() : "请求有误，请检查后重试";
            return respond(req, res, HttpStatus.valueOf(er.getStatusCode().value()), "BAD-REQUEST", reason, null);
        }
        String ref = Long.toString(System.nanoTime(), 36).toUpperCase();
        log.error("Unexpected error {} on {} {}", ref, req.getMethod(), req.getRequestURI(), e);
        return respond(req, res, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                "系统暂时无法完成您的请求，请稍后重试（参考号 " + ref + "）", null);
    }

    static HttpStatus statusOf(BusinessException.Kind kind) {
        return switch (kind) {
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    private static boolean isApi(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static Object respond(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String code,
                                  String detail, Object errors) {
        if (isApi(req)) {
            return problem(status, code, detail, errors);
        }
        res.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/refused");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("message", detail);
        mv.addObject("code", code);
        mv.addObject("errors", errors);
        return mv;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, Object errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("urn:anjian:error:" + code));
        pd.setTitle(status.getReasonPhrase());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", code);
        if (errors != null) {
            props.put("errors", errors);
        }
        pd.setProperties(props);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private static String fieldMessage(String message, boolean bindingFailure) {
        return bindingFailure || message == null ? "格式不正确" : message;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
