package cn.anjian.kernel;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public portal's pages that are the same for every anonymous visitor (issue 14): home, notices, a notice, search,
 * before enforcement. One list for the two places that treat them apart: publicity's page cache keeps their renderings,
 * and identity's security answers their anonymous GETs without the session store (no session read or created, no CSRF
 * token). Forms, look-ups and personal answers (certificate check, complaints, tracking, questions) are not on it.
 */
public final class PublicPages {

    private static final Pattern SAME_FOR_EVERYONE = Pattern.compile(
            "/public/?|/public/\\d{6,12}|/public/notices|/public/notices/\\d{1,18}|/public/search|/public/before(/[a-z-]+|/items/\\d{1,18}|/procedures/[A-Za-z_]{1,20})?");

    private PublicPages() {
    }

    /** The path (without the context path) is one of the pages that are the same for everyone. */
    public static boolean sameForEveryone(String path) {
        return SAME_FOR_EVERYONE.matcher(path).matches();
    }

    /** The request carries a session cookie (a signed-in user, a citizen with a captcha in progress). */
    public static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("SESSION".equals(c.getName()) || "JSESSIONID".equals(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
