package cn.anjian.kernel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

/** The {@code Content-Disposition} of a download: an attachment whose (Chinese) file name is sent UTF-8 encoded. */
public final class Attachment {

    private Attachment() {
    }

    public static String disposition(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
