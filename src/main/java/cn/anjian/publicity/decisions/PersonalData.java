package cn.anjian.publicity.decisions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.kernel.Masking;

/**
 * PUB-12 (IAM-06): what of a person reaches the portal — a citizen party's name masked ({@link Masking#name}), and in
 * any text ID-card and mobile numbers masked and the citizen's name replaced by its masked form. Applied when the entry
 * is drafted, so the unmasked data is never stored in publicity's tables.
 */
record PersonalData(String citizenName) {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9]\\d{16}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

    static PersonalData of(String citizenName) {
        return new PersonalData(citizenName == null || citizenName.isBlank() ? null : citizenName.strip());
    }

    String maskedName() {
        return citizenName == null ? null : Masking.name(citizenName);
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(ID_CARD, text, true);
        out = replace(MOBILE, out, false);
        if (citizenName != null && citizenName.length() > 1) {
            out = out.replace(citizenName, Masking.name(citizenName));
        }
        return out;
    }

    private static String replace(Pattern p, String text, boolean idCard) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(idCard ? Masking.idCard(m.group()) : Masking.phone(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
