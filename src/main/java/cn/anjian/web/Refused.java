package cn.anjian.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one refusal → HTTP mapping: a stable code and a Chinese message become RFC 9457 problem+json
 * under {@code /api/**} and the generic refusal page elsewhere, with the same status.
 */
final class Refused {

    private Refused() {
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

    static boolean isApi(HttpServletRequest req) {
        return isApi(req.getRequestURI().substring(req.getContextPath().length()));
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    static Object respond(HttpServletRequest req, HttpServletResponse res, BusinessException e) {
        return respond(req, res, statusOf(e.kind()), e.code(), e.getMessage(), null);
    }

    static Object respond(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String code,
                          String detail, Object errors) {
        return respond(req.getRequestURI().substring(req.getContextPath().length()), res, status, code, detail, errors);
    }

    /** As above for a request known by its path (the error dispatch answers for the original request). */
    static Object respond(String path, HttpServletResponse res, HttpStatus status, String code, String detail,
                          Object errors) {
        if (isApi(path)) {
            ResponseEntity<ProblemDetail> problem = problem(status, code, detail, errors);
            problem.getBody().setInstance(instance(path));
            return problem;
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

    /** The path the problem is about (the original request's, also on the error dispatch); null when not a URI. */
    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
