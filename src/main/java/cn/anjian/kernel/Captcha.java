package cn.anjian.kernel;

import java.security.SecureRandom;

import jakarta.servlet.http.HttpSession;

/**
 * The public forms' captcha (issue 14): an arithmetic question rendered by the server, its answer kept in the
 * session under the form's name, good for exactly one attempt (right or wrong, the answer is removed, so a
 * refused form shows a new question). No external service is asked.
 */
public final class Captcha {

    /** The refusal code; a form maps it to its {@code captcha} field. */
    public static final String CODE = "CAPTCHA";
    private static final String PREFIX = "anjian.captcha.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Captcha() {
    }

    /** A new question for this form (replacing any earlier one), e.g. "12 + 7 = ?". */
    public static String issue(HttpSession session, String form) {
        int a = 2 + RANDOM.nextInt(18);
        boolean plus = RANDOM.nextBoolean();
        // a difference is never negative or zero: citizens answer on a phone keypad, and no answer may be guessable
        int b = 1 + RANDOM.nextInt(plus ? 9 : Math.min(9, a - 1));
        session.setAttribute(PREFIX + form, String.valueOf(plus ? a + b : a - b));
        return a + (plus ? " 加 " : " 减 ") + b + " 等于几？";
    }

    /** Checks the answer and forgets the question whatever the outcome; refuses (400) a wrong or missing answer. */
    public static void verify(HttpSession session, String form, String answer) {
        Object expected = session == null ? null : session.getAttribute(PREFIX + form);
        if (session != null) {
            session.removeAttribute(PREFIX + form);
        }
        String given = answer == null ? "" : answer.strip();
        if (expected == null || !expected.equals(given)) {
            throw BusinessException.badInput(CODE, "验证码答案不正确或已失效，请计算新的题目后重新提交");
        }
    }
}
