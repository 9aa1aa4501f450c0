package cn.anjian.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declaration of a setting: typed parsing, bounds, the stored and displayed forms. */
class SettingTests {

    static final Setting<Integer> YEARS = Setting.integer("test.look-back-years", "追溯年限", "EXP-08", "《办法》", "第九条", "年", 3, 0, 50);
    static final Setting<BigDecimal> WEIGHT = Setting.decimal("test.weight", "笔试占比", "TI-04", "《细则》", "第十一条", "",
            new BigDecimal("0.60"), new BigDecimal("0.50"), BigDecimal.ONE);
    static final Setting<Duration> GAP = Setting.duration("test.gap", "间隔容差", "REC-06", "《制度》", "第十三条", ChronoUnit.SECONDS, 5, 0, 300);
    static final Setting<Boolean> FLAG = Setting.flag("test.flag", "开关", "LR-14", "《制度》", "第七条", false);

    static String message(Throwable t) {
        return t.getMessage();
    }

    @Test
    @DisplayName("an integer setting accepts whole numbers within its bounds and refuses anything else with a Chinese message")
    void integer() {
        assertThat(YEARS.accept(" 5 ")).isEqualTo(5);
        assertThat(YEARS.accept("0")).isZero();
        assertThat(YEARS.accept("50")).isEqualTo(50);
        assertThatThrownBy(() -> YEARS.accept("51")).isInstanceOf(BusinessException.class).hasMessageContaining("0 到 50 年");
        assertThatThrownBy(() -> YEARS.accept("-1")).hasMessageContaining("0 到 50 年");
        assertThatThrownBy(() -> YEARS.accept("3.5")).hasMessageContaining("须为整数");
        assertThatThrownBy(() -> YEARS.accept("三")).hasMessageContaining("须为整数");
        assertThatThrownBy(() -> YEARS.accept(" ")).hasMessageContaining("请填写新值");
        assertThatThrownBy(() -> YEARS.accept("99999999999")).hasMessageContaining("须为整数");
        assertThat(YEARS.display(3)).isEqualTo("3 年");
        assertThat(YEARS.fromStored(YEARS.stored(7))).isEqualTo(7);
    }

    @Test
    @DisplayName("decimal, duration and yes/no settings parse, bound, store and display their values")
    void otherTypes() {
        assertThat(WEIGHT.accept("0.65")).isEqualByComparingTo("0.65");
        assertThatThrownBy(() -> WEIGHT.accept("0.4")).hasMessageContaining("0.50 到 1");
        assertThatThrownBy(() -> WEIGHT.accept("0,6")).hasMessageContaining("须为数字");
        assertThat(WEIGHT.fromStored(WEIGHT.stored(new BigDecimal("0.70")))).isEqualByComparingTo("0.70");

        assertThat(GAP.accept("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(GAP.stored(Duration.ofSeconds(12))).isEqualTo("PT12S");
        assertThat(GAP.fromStored("PT12S")).isEqualTo(Duration.ofSeconds(12));
        assertThat(GAP.display(Duration.ofSeconds(5))).isEqualTo("5 秒");
        assertThatThrownBy(() -> GAP.accept("301")).hasMessageContaining("0 到 300 秒");
        assertThatThrownBy(() -> GAP.accept("PT5S")).hasMessageContaining("整数");

        assertThat(FLAG.accept("true")).isTrue();
        assertThat(FLAG.accept("否")).isFalse();
        assertThat(FLAG.display(true)).isEqualTo("是");
        assertThatThrownBy(() -> FLAG.accept("yes")).hasMessageContaining("“是”或“否”");
    }

    @Test
    @DisplayName("a declaration with a bad key or a default outside its bounds fails at start-up")
    void declarations() {
        assertThatThrownBy(() -> Setting.integer("NoModule", "名", "X-01", "《》", "条", "", 1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Setting.integer("test.x", "名", "X-01", "《》", "条", "", 3, 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(YEARS.module()).isEqualTo("test");
    }
}
