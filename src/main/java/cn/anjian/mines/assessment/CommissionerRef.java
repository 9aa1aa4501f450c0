package cn.anjian.mines.assessment;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A commissioner as the assessment sees one: name, department agency, scope, person. */
record CommissionerRef(long id, String name, long agencyId, long jurisdictionId, String scopePath, long personId) {

    private static final String SELECT = """
            SELECT id, name, agency_id, department_jurisdiction_id, scope_path, person_id FROM mine_commissioner""";

    static Optional<CommissionerRef> find(JdbcClient jdbc, long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(CommissionerRef::map).optional();
    }

    /** By exact name in the actor's scope: unknown → refused on the field; two of the same name → refused too. */
    static CommissionerRef byName(JdbcClient jdbc, Actor actor, String code, String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.badInput(code, "请填写监管专员姓名");
        }
        List<CommissionerRef> found = ScopeSql.bind(jdbc.sql(SELECT + " WHERE name = :name AND" + ScopeSql.condition("scope_path")
                + "ORDER BY id LIMIT 2").param("name", name.strip()), actor).query(CommissionerRef::map).list();
        if (found.isEmpty()) {
            throw BusinessException.badInput(code, "管辖范围内没有名为“" + name.strip() + "”的监管专员");
        }
        if (found.size() > 1) {
            throw BusinessException.badInput(code, "管辖范围内有多名监管专员名为“" + name.strip() + "”，请在其考核详情页登记");
        }
        return found.get(0);
    }

    private static CommissionerRef map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommissionerRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6));
    }
}
