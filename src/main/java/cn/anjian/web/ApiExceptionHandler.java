package cn.anjian.web;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.StorageFailure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping of refusals to HTTP. Under {@code /api/**} it answers RFC 9457 problem+json with
 * a stable {@code code} and a Chinese {@code detail}; elsewhere a friendly Chinese page with the same
 * message and status. Anything a user can type ends as a 4xx here, never a 500. Domain refusals
 * ({@code BusinessException}) go through {@link PageRefusalAdvice} first (a page re-rendered with the
 * message); both answer through the one mapping in {@link Refused}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(fe -> Map.of("field", fe.getField(), "message", fieldMessage(fe.getDefaultMessage(), fe.isBindingFailure())))
                .toList();
        return Refused.respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return Refused.respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraint(ConstraintViolationException e, HttpServletRequest req, HttpServletResponse res) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList();
        return Refused.respond(req, res, HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors);
    }

    /** The file store is down (503, try again later) or full (507): nothing was recorded, the message says so. */
    @ExceptionHandler(StorageFailure.class)
    Object storage(StorageFailure e, HttpServletRequest req, HttpServletResponse res) {
        log.warn("File store {} on {} {}: {}", e.kind(), req.getMethod(), req.getRequestURI(), String.valueOf(e.getCause()));
        if (e.kind() == StorageFailure.Kind.FULL) {
            return Refused.respond(req, res, HttpStatus.INSUFFICIENT_STORAGE, e.code(), e.getMessage(), null);
        }
        res.setHeader("Retry-After", "60");
        return Refused.respond(req, res, HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage(), null);
    }

    /** The framework's own refusals, one table: what the user did wrong, in Chinese, as a 4xx. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class, HttpMessageNotReadableException.class,
            OptimisticLockingFailureException.class, AccessDeniedException.class, NoResourceFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class, MultipartException.class})
    Object framework(Exception e, HttpServletRequest req, HttpServletResponse res) {
        Mapping m = mapping(e);
        return Refused.respond(req, res, m.status(), m.code(), m.detail(), null);
    }

    private record Mapping(HttpStatus status, String code, String detail) {
    }

    private static Mapping mapping(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException t) {
            return new Mapping(HttpStatus.BAD_REQUEST, "BAD-PARAMETER",
                    "参数 " + t.getName() + " 的值“" + abbreviate(String.valueOf(t.getValue())) + "”格式不正确");
        } else if (e instanceof MissingServletRequestParameterException m) {
            return new Mapping(HttpStatus.BAD_REQUEST, "MISSING-PARAMETER", "缺少参数 " + m.getParameterName());
        } else if (e instanceof MissingRequestHeaderException h) {
            return new Mapping(HttpStatus.BAD_REQUEST, "MISSING-HEADER", "缺少请求头 " + h.getHeaderName());
        } else if (e instanceof HttpMessageNotReadableException) {
            return new Mapping(HttpStatus.BAD_REQUEST, "MALFORMED-BODY", "请求内容不是有效的 JSON 或字段类型不正确");
        } else if (e instanceof OptimisticLockingFailureException) {
            return new Mapping(HttpStatus.CONFLICT, "STALE", "数据已被他人修改，请刷新后重试");
        } else if (e instanceof AccessDeniedException) {
            return new Mapping(HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有执行此操作的权限");
        } else if (e instanceof NoResourceFoundException) {
            return new Mapping(HttpStatus.NOT_FOUND, "NOT-FOUND", "您访问的页面或接口不存在");
        } else if (e instanceof HttpRequestMethodNotSupportedException r) {
            return new Mapping(HttpStatus.METHOD_NOT_ALLOWED, "METHOD-NOT-ALLOWED", "不支持 " + r.getMethod() + " 请求方式");
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            return new Mapping(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED-MEDIA-TYPE", "不支持的内容类型");
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Mapping(HttpStatus.NOT_ACCEPTABLE, "NOT-ACCEPTABLE", "无法以请求的格式返回结果");
        } else if (e instanceof MaxUploadSizeExceededException) {
            return new Mapping(HttpStatus.CONTENT_TOO_LARGE, "TOO-LARGE", "上传或提交的内容超过允许的大小");
        }
        return new Mapping(HttpStatus.BAD_REQUEST, "BAD-MULTIPART", "上传的内容格式不正确");
    }

    /** Anything unforeseen: logged with a reference the user can quote, never a stack trace in the response. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            String reason = e instanceof org.springframework.web.server.ResponseStatusException rse && rse.getReason() != null
                    ? rse.getReason() : "请求有误，请检查后重试";
            return Refused.respond(req, res, HttpStatus.valueOf(er.getStatusCode().value()), "BAD-REQUEST", reason, null);
        }
        String ref = RequestIdFilter.of(req);
        Overload.Kind overload = Overload.of(e);
        if (overload != Overload.Kind.NONE) {
            // the database is unreachable or the pool gave no connection in time: temporary, the client may retry
            log.warn("Database {} {} on {} {}: {}", overload, ref, req.getMethod(), req.getRequestURI(), e.getMessage());
            res.setHeader("Retry-After", Overload.RETRY_AFTER);
            return Refused.respond(req, res, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", Overload.message(overload, ref), null);
        }
        log.error("Unexpected error {} on {} {}", ref, req.getMethod(), req.getRequestURI(), e);
        return Refused.respond(req, res, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                "系统暂时无法完成您的请求，请稍后重试（参考号 " + ref + "）", null);
    }

    private static String fieldMessage(String message, boolean bindingFailure) {
        return bindingFailure || message == null ? "格式不正确" : message;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
