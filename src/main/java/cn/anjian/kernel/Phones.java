package cn.anjian.kernel;

import java.util.regex.Pattern;

/**
 * A Chinese phone number as staff type it (issue 12 defect 11): an 11-digit mobile number (1[3-9]…), or a landline
 * with its area code (0 + 2–3 digits, 7–8 digits, an optional extension), optionally with +86. A 7-digit local
 * number without area code is refused: nobody outside the county can dial it.
 */
public final class Phones {

    public static final String RULE = "手机号为 11 位数字；固定电话须带区号，如 0356-1234567";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?");

    private Phones() {
    }

    public static boolean valid(String phone) {
        if (phone == null) {
            return false;
        }
        String p = phone.strip().replace(" ", "");
        if (p.startsWith("+86")) {
            p = p.substring(3);
            if (p.startsWith("-")) {
                p = p.substring(1);
            }
            if (!p.startsWith("0") && !p.startsWith("1")) {
                p = "0" + p;
            }
        }
        return MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches();
    }
}
