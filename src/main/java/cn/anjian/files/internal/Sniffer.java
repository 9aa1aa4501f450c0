package cn.anjian.files.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content type from the first bytes (magic numbers), never from the client's claim. Markup (HTML,
 * SVG, XML) and anything unknown is {@code application/octet-stream}, which is only ever served as
 * an attachment.
 */
public final class Sniffer {

    public static final String OCTET = "application/octet-stream";
    static final int HEAD = 512;
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!?/]");

    private Sniffer() {
    }

    public static String sniff(byte[] h, int n, String originalName) {
        if (n >= 3 && u(h[0]) == 0xFF && u(h[1]) == 0xD8 && u(h[2]) == 0xFF) return "image/jpeg";
        if (starts(h, n, new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return "image/png";
        if (ascii(h, n, 0, "GIF87a") || ascii(h, n, 0, "GIF89a")) return "image/gif";
        if (ascii(h, n, 0, "%PDF-")) return "application/pdf";
        if (ascii(h, n, 4, "ftyp")) return ascii(h, n, 8, "qt  ") ? "video/quicktime" : "video/mp4";
        if (ascii(h, n, 0, "ID3") || (n >= 2 && u(h[0]) == 0xFF && (u(h[1]) & 0xE0) == 0xE0)) return "audio/mpeg";
        if (ascii(h, n, 0, "RIFF") && ascii(h, n, 8, "WAVE")) return "audio/wav";
        if (starts(h, n, new int[]{'P', 'K', 3, 4})) {
            // OOXML is a zip container; which one is not visible in the first bytes, so the name decides between zip kinds only
            String name = originalName == null ? "" : originalName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            if (name.endsWith(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return "application/zip";
        }
        if (n > 0 && isText(h, n)) {
            String text = new String(h, 0, n, StandardCharsets.UTF_8);
            return MARKUP.matcher(text).find() ? OCTET : "text/plain;charset=UTF-8";
        }
        return OCTET;
    }

    /** UTF-8 without control characters other than tab, CR, LF; a sequence cut off by the head's end is tolerated. */
    static boolean isText(byte[] h, int n) {
        int i = n >= 3 && u(h[0]) == 0xEF && u(h[1]) == 0xBB && u(h[2]) == 0xBF ? 3 : 0;
        while (i < n) {
            int b = u(h[i]);
            int more;
            if (b < 0x80) {
                if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) return false;
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) more = 1;
            else if (b >= 0xE0 && b <= 0xEF) more = 2;
            else if (b >= 0xF0 && b <= 0xF4) more = 3;
            else return false;
            for (int k = 1; k <= more; k++) {
                if (i + k >= n) return n == HEAD; // truncated by the head window
                if ((u(h[i + k]) & 0xC0) != 0x80) return false;
            }
            i += more + 1;
        }
        return true;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }

    private static boolean starts(byte[] h, int n, int[] magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (u(h[i]) != magic[i]) return false;
        }
        return true;
    }

    private static boolean ascii(byte[] h, int n, int off, String s) {
        if (n < off + s.length()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (h[off + i] != (byte) s.charAt(i)) return false;
        }
        return true;
    }
}
