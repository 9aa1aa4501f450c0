package cn.anjian.web;

import lombok.RequiredArgsConstructor;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The person behind a login name, for pages (issue 12 defect 8): modules store who acted as a login name
 * ({@code opened_by}, {@code answered_by}); templates show {@code ${@people.name(c.openedBy)}}, never the login name.
 * Reads identity's published {@code iam_user_view}; names are cached for the request.
 */
@Component("people")
@RequiredArgsConstructor
public class PeopleNames {

    private static final String CACHE = PeopleNames.class.getName();

    private final JdbcClient jdbc;

    /** The display name; "系统" for automatic acts; a name that is no login name (already a person's name) as is. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "—";
        }
        if ("system".equals(username)) {
            return "系统";
        }
        Map<String, String> cache = cache();
        String known = cache == null ? null : cache.get(username);
        if (known != null) {
            return known;
        }
        String name = jdbc.sql("select display_name from iam_user_view where lower(username) = lower(:u)")
                .param("u", username.strip()).query(String.class).optional().orElse(unknown(username));
        if (cache != null) {
            cache.put(username, name);
        }
        return name;
    }

    /**
     * No account of that name: a person's name stored as such is shown as is; something that looks like a login
     * name (accounts are disabled, never deleted, so only imported or migrated records have one) is not shown.
     */
    private static String unknown(String value) {
        return LOGIN_LIKE.matcher(value).matches() ? "未登记的账户" : value;
    }

    private static final java.util.regex.Pattern LOGIN_LIKE = java.util.regex.Pattern.compile("[A-Za-z0-9_.@-]+");

    @SuppressWarnings("unchecked")
    private static Map<String, String> cache() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs == null) {
            return null;
        }
        Object cache = attrs.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, String>();
            attrs.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cache;
    }
}
