package cn.anjian.enterprises;

import cn.anjian.kernel.BusinessException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9A-Z} without I, O, S, V, Z; the last is a
 * check character, the weighted sum of the first 17 (weights 3^i mod 31) taken mod 31. The embedded
 * organisation code (positions 9–17) has its own GB 11714 check digit, which we do not validate:
 * codes re-issued from older registrations do not always satisfy it and the final check already
 * catches a mistyped character. The charset has 31 characters (M included: it is 民办非企业 type
 * letter and common in organisation codes); mod 31 only works with all 31.
 */
public record CreditCode(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        value = check(value);
    }

    /** The code if it is valid, otherwise a BAD_INPUT refusal that says what is wrong. */
    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.badInput("ENT-CREDIT-CODE", "统一社会信用代码不能为空");
        }
        String v = raw.strip();
        if (v.length() != 18) {
            throw BusinessException.badInput("ENT-CREDIT-CODE", "统一社会信用代码应为 18 位，实际为 " + Math.min(v.length(), 999) + " 位");
        }
        for (int i = 0; i < 18; i++) {
            char c = v.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                String hint = Character.isLowerCase(c) ? "（字母须大写）" : "（不得使用 I、O、S、V、Z）";
                throw BusinessException.badInput("ENT-CREDIT-CODE",
                        "统一社会信用代码第 " + (i + 1) + " 位“" + c + "”不是有效字符" + hint);
            }
        }
        char expected = checkChar(v.substring(0, 17));
        if (v.charAt(17) != expected) {
            throw BusinessException.badInput("ENT-CREDIT-CODE",
                    "统一社会信用代码校验位错误：第 18 位应为“" + expected + "”，请核对是否录入有误");
        }
        return v;
    }

    /** The check character for the first 17 characters (all from the charset). */
    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** A complete code from its first 17 characters (demo data and tests). */
    public static CreditCode complete(String first17) {
        return new CreditCode(first17 + checkChar(first17));
    }
}
