package cn.anjian.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;

/**
 * A resident identity card number (GB 11643-1999): 17 digits and a check character (0-9 or X), the
 * birth date in positions 7–14. The old 15-digit cards expired in 2013 and are refused with a clear
 * message instead of being silently converted, so one person never appears under two numbers.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public IdCardNumber {
        value = check(value);
    }

    public static IdCardNumber of(String raw) {
        return new IdCardNumber(raw);
    }

    /** The birth date written in the number (validated). */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The 17th digit: odd for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Completes 17 digits with their check character (demo data, test fixtures). */
    public static IdCardNumber complete(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw bad("身份证号码前 17 位只能是数字");
        }
        return new IdCardNumber(first17 + checkCharacter(first17));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String check(String raw) {
        String v = raw == null ? "" : raw.strip().toUpperCase();
        if (v.isEmpty()) {
            throw bad("请填写身份证号码");
        }
        if (v.length() == 15 && v.chars().allMatch(Character::isDigit)) {
            throw bad("不再受理 15 位旧身份证号码，请填写 18 位公民身份号码");
        }
        if (v.length() != 18) {
            throw bad("身份证号码应为 18 位（当前 " + Math.min(v.length(), 999) + " 位）");
        }
        for (int i = 0; i < 17; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw bad("身份证号码前 17 位只能是数字");
            }
        }
        char last = v.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw bad("身份证号码最后一位只能是数字或 X");
        }
        if (v.charAt(0) == '0') {
            throw bad("身份证号码的地址码不正确");
        }
        int year = Integer.parseInt(v.substring(6, 10));
        try {
            LocalDate.of(year, Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw bad("身份证号码中的出生日期 " + v.substring(6, 14) + " 不是有效日期");
        }
        if (year < 1900) {
            throw bad("身份证号码中的出生年份不正确");
        }
        if (checkCharacter(v) != last) {
            throw bad("身份证号码校验位不正确，请核对后重新填写");
        }
        return v;
    }

    private static BusinessException bad(String message) {
        return BusinessException.badInput("PERSON-ID-CARD", message);
    }

    @Override
    public String toString() {
        return cn.anjian.kernel.Masking.idCard(value);
    }
}
