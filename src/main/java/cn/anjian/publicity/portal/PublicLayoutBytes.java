package cn.anjian.publicity.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The chrome of {@code publicity/public-layout} as UTF-8 bytes, for the public pages written from Java (issue 14:
 * {@code NoticeListView}, {@code PortalSearchView}). The one copy of the layout outside its template: an edit of
 * {@code public-layout.html} must be made here too, and the pages' byte-for-byte tests ({@code PublicNoticeListHtmlTests},
 * {@code PortalSearchHtmlTests}) fail until it is.
 */
public final class PublicLayoutBytes {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    /** The layout up to its content's container; {@code %1$s} is the page's title. */
    private static final String TOP = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="icon" type="image/svg+xml" href="/favicon.svg">
              <title>%1$s - 山西省应急管理执法公示</title>
              <link rel="stylesheet" href="/webjars/tabler__core/dist/css/tabler.min.css">
              <link rel="stylesheet" href="/css/app.css">
            </head>
            <body>
            <div class="page">
              <header class="navbar navbar-expand-md navbar-light bg-white border-bottom">
                <div class="container-xl">
                  <a class="navbar-brand" href="/public">山西省应急管理执法公示</a>
                  <nav class="portal-nav" aria-label="门户导航">
                    <a href="/public">首页</a><a href="/public/notices">公告</a><a href="/public/certificates">证件查询</a>
                    <a href="/public/complaints/new">投诉举报</a><a href="/public/track">办件查询</a>
                  </nav>
                </div>
              </header>
              <div class="page-wrapper">
                <div class="page-header">
                  <div class="container-xl"><h1 class="page-title">%1$s</h1></div>
                </div>
                <div class="page-body">
                  <div class="container-xl">
            """;

    /** After the page's content: the layout's end. */
    private static final byte[] TAIL = """

                </div>
                <footer class="footer footer-transparent">
                  <div class="container-xl text-secondary small">本页公示内容已按规定对个人信息作脱敏处理。</div>
                </footer>
              </div>
            </div>
            <script src="/js/portal.js" defer></script>
            </body>
            </html>
            """.getBytes(StandardCharsets.UTF_8);

    private PublicLayoutBytes() {
    }

    public static String contentType() {
        return CONTENT_TYPE;
    }

    /** A page's constant head: the layout with its title (a constant, written as is) and the page's own constant start. */
    public static byte[] head(String title, String contentStart) {
        return (TOP.formatted(title) + contentStart).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the page: its head, what depends on the request, the layout's end, with the length. */
    public static void write(HttpServletResponse res, byte[] head, String middle) throws IOException {
        byte[] m = middle.getBytes(StandardCharsets.UTF_8);
        res.setContentType(CONTENT_TYPE);
        res.setContentLength(head.length + m.length + TAIL.length);
        ServletOutputStream out = res.getOutputStream();
        out.write(head);
        out.write(m);
        out.write(TAIL);
    }
}
