package cn.anjian.identity.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.anjian.kernel.RefusalAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests whose URL or form fields carry bytes that no user types: a NUL
 * (PostgreSQL refuses it in text, so it used to surface as a 500), malformed percent escapes or invalid UTF-8
 * (Tomcat throws while decoding), and oversized request headers. The refusal is a {@code sendError}: the error
 * dispatch answers in the app's format (the web module's error controller), and the security headers are already
 * on the response: the filter runs in both security chains right after the header writer, which writes eagerly.
 * Spring Boot's character-encoding filter runs before the chains, so form bodies are decoded as UTF-8.
 */
final class HostileInputFilter extends OncePerRequestFilter {

    /** Total size of the request headers the app accepts (Tomcat's own limit is set higher, so this one answers). */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reason = headerProblem(request);
        String code = "HEADER-TOO-LARGE";
        int status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
        if (reason == null) {
            code = "BAD-ENCODING";
            status = HttpStatus.BAD_REQUEST.value();
            reason = urlProblem(request.getRequestURI(), false);
            if (reason == null) {
                reason = urlProblem(request.getQueryString(), true);
            }
            if (reason == null && isUrlEncodedForm(request)) {
                reason = formProblem(request);
            }
        }
        if (reason != null) {
            request.setAttribute(RefusalAttributes.REASON, reason);
            request.setAttribute(RefusalAttributes.CODE, code);
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String headerProblem(HttpServletRequest request) {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4;
            }
        }
        return total > MAX_HEADER_BYTES ? "请求头过大，请清除浏览器 Cookie 后重试" : null;
    }

    /** A raw (still encoded) path or query: every %XX well formed, the bytes valid UTF-8, no NUL. */
    static String urlProblem(String raw, boolean query) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return "网址中含有格式不正确的转义字符";
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        byte[] decoded = bytes.toByteArray();
        for (byte b : decoded) {
            if (b == 0) {
                return "网址中含有不可见的控制字符";
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded));
        } catch (CharacterCodingException e) {
            return "网址中含有无法识别的字符（不是有效的 UTF-8 编码）";
        }
        return null;
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                && !"GET".equals(request.getMethod());
    }

    private static String formProblem(HttpServletRequest request) {
        Map<String, String[]> params;
        try {
            params = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "提交的内容中含有无法识别的字符（不是有效的 UTF-8 编码）";
        }
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (p.getKey().indexOf('\0') >= 0) {
                return "提交的内容中含有不可见的控制字符";
            }
            for (String v : p.getValue()) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return "提交的内容中含有不可见的控制字符";
                }
            }
        }
        return null;
    }
}
