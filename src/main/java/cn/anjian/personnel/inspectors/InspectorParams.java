package cn.anjian.personnel.inspectors;

import java.util.Locale;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;

/** The inspectors' own parameter checks (bound ints, statuses, the list filter); the rest goes through {@link Params}. */
final class InspectorParams {

    private InspectorParams() {
    }

    static int size(int size) {
        if (size < 1 || size > 100) {
            throw BusinessException.badInput("BAD-PARAMETER", "每页条数须在 1 到 100 之间");
        }
        return size;
    }

    static int page(int page) {
        if (page < 0 || page > 100_000) {
            throw BusinessException.badInput("BAD-PARAMETER", "页码不正确");
        }
        return page;
    }

    static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("BAD-PARAMETER", "年度须在 2000 到 2100 之间");
        }
        return year;
    }

    static String status(String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw BusinessException.badInput("BAD-PARAMETER", "状态“" + Params.abbreviate(value) + "”不正确");
        }
        return v;
    }

    static Inspectors.Filter filter(String name, String kind, String status, String certificate) {
        if (name != null && name.length() > 50) {
            throw BusinessException.badInput("BAD-PARAMETER", "姓名不能超过 50 个字");
        }
        return new Inspectors.Filter(name == null || name.isBlank() ? null : name.strip(),
                status(kind, Set.of("FULL_TIME", "PART_TIME")), status(status, Set.of("ACTIVE", "DISMISSED", "ENDED")),
                status(certificate, Set.of("NONE", "VALID", "CANCELLED")));
    }
}
