package cn.anjian.personnel;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a re-rendered form page: which fields are marked invalid (the web kit's inline errors). */
public final class PageForms {

    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern INVALID = Pattern.compile("\\bclass=\"[^\"]*\\bis-invalid\\b[^\"]*\"");
    private static final Pattern FEEDBACK = Pattern.compile("<div class=\"invalid-feedback d-block\">([^<]+)</div>");

    private PageForms() {
    }

    /** The names of the fields marked {@code is-invalid}, in page order. */
    public static Set<String> invalidFields(String html) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            String tag = m.group();
            Matcher name = NAME.matcher(tag);
            if (INVALID.matcher(tag).find() && name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /** How many inline field messages the page shows. */
    public static int inlineMessages(String html) {
        Matcher m = FEEDBACK.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
