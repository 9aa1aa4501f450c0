package cn.anjian.identity;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

/**
 * IAM-02 password policy, the one gate every path that sets a password goes through (admin create and
 * reset, self-service change, imports): at least 8 characters, at least 3 of the 4 classes upper case,
 * lower case, digit, symbol, and not containing the user name (case-insensitive).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** Upper bound so that hashing cannot be abused with huge inputs (bcrypt ignores bytes beyond 72 anyway). */
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** Throws {@code BusinessException("IAM-02", …)} with the first unmet requirement. */
    public static void check(String username, String password) {
        String unmet = unmet(username, password);
        if (unmet != null) {
            throw new BusinessException("IAM-02", unmet);
        }
    }

    /** The first unmet requirement in Chinese, or null when the password is acceptable (live feedback). */
    public static String unmet(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "请输入密码";
        }
        if (password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.length() > MAX_LENGTH) {
            return "密码不能超过 " + MAX_LENGTH + " 位";
        }
        if (classes(password) < 3) {
            return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "密码不能包含用户名";
        }
        return null;
    }

    static int classes(String password) {
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
