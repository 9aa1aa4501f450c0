package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalReviewYuanFormatTests {

    @Test
    @DisplayName("LR-02 reason amounts read as before: the hand-written yuan format equals String.format(\"%,.2f\") (half up, grouped)")
    void sameAsFormatter() {
        for (String v : new String[] {"0", "0.004", "0.005", "0.01", "1", "12", "123", "999.995", "1000", "9999.99", "10000",
                "50000.00", "123456.7", "1234567.891", "100000000", "-1234.5", "-0.5", "1E+3", "0.00000"}) {
            check(new BigDecimal(v));
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            check(BigDecimal.valueOf(rnd.nextLong(100_000_000_000L), rnd.nextInt(5)));
        }
    }

    private static void check(BigDecimal v) {
        assertThat(Classifier.yuan(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%,.2f", v));
    }
}
