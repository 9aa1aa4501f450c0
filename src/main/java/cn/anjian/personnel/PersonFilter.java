package cn.anjian.personnel;

/**
 * Filters of the people list; all optional. {@code name} matches a part of the name; {@code idCard}
 * an exact number; {@code role} one of the role codes of {@link PersonRoles} (e.g. OFFICER).
 */
public record PersonFilter(String name, String idCard, Long agencyId, String role) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null);
    }
}
