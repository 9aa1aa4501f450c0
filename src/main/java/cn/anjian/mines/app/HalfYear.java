package cn.anjian.mines.app;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;

/** MW-13: a half-year (述职 "至少每半年"): 1 = January–June, 2 = July–December. */
public record HalfYear(int year, int half) {

    public HalfYear {
        if (half != 1 && half != 2 || year < 2000 || year > 2100) {
            throw BusinessException.badInput("MW-13-PERIOD", "述职期间须为某年的上半年或下半年");
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate first() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The last day of the half-year: the report is due by then. */
    public LocalDate last() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public String label() {
        return year + "年" + (half == 1 ? "上半年" : "下半年");
    }
}
