package cn.anjian.kernel;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Public portal pages that show the same to everyone (no form, no session) may be kept by browsers and
 * proxies for a while (issue 14); the web shell adds an ETag to every {@code /public/**} answer, so a
 * revalidation costs a 304. Spring Security keeps a Cache-Control a handler has set.
 */
public final class PublicCaching {

    public static final int SECONDS = 300;

    private PublicCaching() {
    }

    public static void allow(HttpServletResponse response) {
        response.setHeader("Cache-Control", "public, max-age=" + SECONDS);
    }
}
