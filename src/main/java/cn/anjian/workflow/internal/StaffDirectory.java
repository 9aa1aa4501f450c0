package cn.anjian.workflow.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which role in which agency. The identity module exposes no role query yet and the
 * principal carries permissions, not roles, so this reads identity's grant tables (read-only) in one
 * place; replace it by an identity API (proposed in the workflow report) without touching the rest.
 * Roles are read per decision, so a revoked role stops deciding at once, not at the next login.
 */
@Component
class StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the (enabled) user belongs to the agency and holds the role. */
    boolean holds(long userId, long agencyId, String roleCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM iam_user u JOIN iam_user_role ur ON ur.user_id = u.id
                                       WHERE u.id = :u AND u.agency_id = :a AND ur.role_code = :r AND u.enabled)""")
                .param("u", userId).param("a", agencyId).param("r", roleCode).query(Boolean.class).single();
    }

    Optional<String> roleName(String roleCode) {
        return jdbc.sql("SELECT name FROM iam_role WHERE code = :c").param("c", roleCode).query(String.class).optional();
    }
}
