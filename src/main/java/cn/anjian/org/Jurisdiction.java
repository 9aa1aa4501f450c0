package cn.anjian.org;

import java.time.LocalDate;

import cn.anjian.kernel.Scope;

/**
 * A division of the jurisdiction tree (ORG-01), read model. {@code id} and {@code path} never change;
 * code and name may (history in {@link JurisdictionChange}). Retired divisions stay readable so
 * records made under them keep showing their name; pickers list only active ones.
 *
 * @param level 1 province, 2 city, 3 county-level, 4 township
 * @param statisticalZone a statistics-only development zone kept at county level (see PROVENANCE.md)
 * @param origin GBT2260 / NBS (shipped with the system) or ADMIN (added by an administrator)
 */
public record Jurisdiction(long id, String code, String name, int level, Long parentId, String path, String status,
                           LocalDate retiredAt, Long successorId, boolean statisticalZone, String origin, int version) {

    public static final int PROVINCE = 1;
    public static final int CITY = 2;
    public static final int COUNTY = 3;
    public static final int TOWNSHIP = 4;

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public Scope scope() {
        return new Scope(path);
    }

    public String levelLabel() {
        return levelLabel(level);
    }

    public static String levelLabel(int level) {
        return switch (level) {
            case PROVINCE -> "省级";
            case CITY -> "市级";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡级";
            default -> "未知";
        };
    }
}
