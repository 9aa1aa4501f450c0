package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the officer use cases share: today, input checks with the OFF codes, the audit trail. */
@Component
@RequiredArgsConstructor
class OfficerSupport {

    static final String WHAT = "执法人员";
    static final String CERT = "执法证件";
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    Clock clock() {
        return clock;
    }

    void publish(Actor actor, String action, String type, long id, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(new AuditableEvent(action, type, String.valueOf(id), before, after,
                actor == null ? null : actor.username(), null));
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("personnel:manage") && !actor.hasPermission("personnel:import")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "PERSONNEL-FORBIDDEN", "您没有维护执法人员信息的权限");
        }
    }

    int year(int year) {
        if (year < 2000 || year > today().getYear() + 1) {
            throw BusinessException.badInput("OFF-YEAR", "年度须在 2000 到 " + (today().getYear() + 1) + " 之间");
        }
        return year;
    }

    static BigDecimal hours(BigDecimal h) {
        if (h == null) {
            throw BusinessException.badInput("OFF-HOURS", "请填写学时");
        }
        if (h.signum() <= 0 || h.compareTo(new BigDecimal("2000")) > 0) {
            throw BusinessException.badInput("OFF-HOURS", "学时须大于 0 且不超过 2000");
        }
        if (h.stripTrailingZeros().scale() > 1) {
            throw BusinessException.badInput("OFF-HOURS", "学时最多保留 1 位小数");
        }
        return h.setScale(1, RoundingMode.UNNECESSARY);
    }

    static LocalDate date(LocalDate d, String label, boolean required) {
        if (d == null) {
            if (required) {
                throw BusinessException.badInput("OFF-DATE", "请填写" + label);
            }
            return null;
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw BusinessException.badInput("OFF-DATE", label + "须在 1950-01-01 到 2100-12-31 之间");
        }
        return d;
    }

    LocalDate pastDate(LocalDate d, String label, boolean required) {
        LocalDate v = date(d, label, required);
        if (v != null && v.isAfter(today())) {
            throw BusinessException.badInput("OFF-DATE", label + "不能晚于今天");
        }
        return v;
    }

    static String text(String value, String label, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw BusinessException.badInput("OFF-REQUIRED", "请填写" + label);
            }
            return null;
        }
        if (v.length() > max) {
            throw BusinessException.badInput("OFF-TOO-LONG", label + "不能超过 " + max + " 个字");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.badInput("OFF-CONTROL", label + "含有不可见的控制字符");
        }
        return v;
    }

    static String like(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static LocalDate localDate(ResultSet rs, int col) throws SQLException {
        java.sql.Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
