package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

import cn.anjian.identity.UserRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class JdbcUserRoles implements UserRoles {

    private final JdbcClient jdbc;

    @Override
    public List<String> roles(long userId, long agencyId) {
        return jdbc.sql("""
                        SELECT ur.role_code FROM iam_user u JOIN iam_user_role ur ON ur.user_id = u.id
                        WHERE u.id = :u AND u.agency_id = :a AND u.enabled ORDER BY ur.role_code""")
                .param("u", userId).param("a", agencyId).query(String.class).list();
    }

    @Override
    public List<Long> holders(long agencyId, java.util.Collection<String> roleCodes) {
        if (roleCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT u.id FROM iam_user u JOIN iam_user_role ur ON ur.user_id = u.id
                        WHERE u.agency_id = :a AND u.enabled AND ur.role_code IN (:r) ORDER BY u.id""")
                .param("a", agencyId).param("r", List.copyOf(roleCodes)).query(Long.class).list();
    }

    @Override
    public List<Long> permitted(long agencyId, String permission) {
        return jdbc.sql("""
                        SELECT DISTINCT u.id FROM iam_user u JOIN iam_user_role ur ON ur.user_id = u.id
                        JOIN iam_role_permission rp ON rp.role_code = ur.role_code
                        WHERE u.agency_id = :a AND u.enabled AND rp.permission_code = :p ORDER BY u.id""")
                .param("a", agencyId).param("p", permission).query(Long.class).list();
    }

    @Override
    public Optional<String> roleName(String roleCode) {
        return jdbc.sql("SELECT name FROM iam_role WHERE code = :c").param("c", roleCode).query(String.class).optional();
    }
}
