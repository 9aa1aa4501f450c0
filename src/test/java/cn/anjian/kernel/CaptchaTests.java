package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class CaptchaTests {

    private static final Pattern QUESTION = Pattern.compile("(\\d+) (加|减) (\\d+) 等于几？");

    @Test
    @DisplayName("Issue 14 the question's answer is always a positive whole number (never -1 or 0), so no fixed answer passes")
    void answersArePositive() {
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5_000; i++) {
            Matcher m = QUESTION.matcher(Captcha.issue(session, "f"));
            assertThat(m.matches()).isTrue();
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int answer = "加".equals(m.group(2)) ? a + b : a - b;
            assertThat(answer).isPositive();
            assertThat(session.getAttribute("anjian.captcha.f")).isEqualTo(String.valueOf(answer));
        }
    }

    @Test
    @DisplayName("Issue 14 an answer is good once: the right answer replayed after a check is refused")
    void oneUse() {
        MockHttpSession session = new MockHttpSession();
        Matcher m = QUESTION.matcher(Captcha.issue(session, "f"));
        assertThat(m.matches()).isTrue();
        String answer = String.valueOf(session.getAttribute("anjian.captcha.f"));
        Captcha.verify(session, "f", " " + answer + " ");
        assertThatThrownBy(() -> Captcha.verify(session, "f", answer)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("验证码答案不正确");
    }
}
