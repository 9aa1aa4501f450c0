package cn.anjian.personnel;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid ID-card numbers for tests (GB 11643 check character computed), unique within a JVM. */
public final class IdCards {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private IdCards() {
    }

    /** Completes 17 digits with the check character. */
    public static String of(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** A fresh valid number: region 140525, birth 1985-01-01 + n days, odd sequence (male) or even (female). */
    public static String next(boolean male) {
        int n = SEQ.incrementAndGet();
        java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(n % 15000);
        int seq = (n / 15000 * 2 + (n % 499) * 2) % 998 + (male ? 1 : 2);
        String first17 = "140525" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return of(first17);
    }
}
