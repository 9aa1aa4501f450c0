package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Masking;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One expert's roster entry as the detail page and the edit form show it (ID card and phone masked). */
@Component
@RequiredArgsConstructor
public class ExpertDetails {

    public record Conflict(String enterpriseName, String relation, LocalDate from, LocalDate to) {
    }

    public record Detail(long id, String name, String idCard, String phone, String title, ExpertLevel level, String employer,
                         String fieldCode, String fieldName, List<String> subCodes, String subNames, ExpertStatus status,
                         String removalReason, String role, List<Conflict> conflicts) {
    }

    private final JdbcClient jdbc;

    @Transactional(readOnly = true)
    public Detail get(Actor actor, long id) {
        Detail d = jdbc.sql("""
                SELECT e.*, f.name AS field_name, l.role,
                       (SELECT string_agg(x.sub_code, ',' ORDER BY x.sub_code) FROM exp_expert_sub x WHERE x.expert_id = e.id) AS sub_codes,
                       (SELECT string_agg(s.name, '、' ORDER BY s.ord) FROM exp_expert_sub x JOIN exp_sub_specialty s ON s.code = x.sub_code
                        WHERE x.expert_id = e.id) AS sub_names
                FROM exp_expert e JOIN exp_field f ON f.code = e.field_code
                LEFT JOIN exp_field_leader l ON l.expert_id = e.id
                WHERE e.id = :id AND""" + ScopeSql.condition("e.scope_path"))
                .param("id", id).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> {
                    String role = rs.getString("role");
                    String codes = rs.getString("sub_codes");
                    return new Detail(rs.getLong("id"), rs.getString("name"), Masking.idCard(rs.getString("id_card")),
                            Masking.phone(rs.getString("phone")), rs.getString("title"), ExpertLevel.valueOf(rs.getString("level")),
                            rs.getString("employer_name"), rs.getString("field_code"), rs.getString("field_name"),
                            codes == null ? List.of() : List.of(codes.split(",")), rs.getString("sub_names"),
                            ExpertStatus.valueOf(rs.getString("status")), rs.getString("removal_reason"),
                            role == null ? null : "LEADER".equals(role) ? "组长" : "副组长", List.of());
                })
                .optional().orElseThrow(() -> BusinessException.notFound(ExpertRegistry.WHAT));
        List<Conflict> conflicts = jdbc.sql("""
                SELECT t.name, c.relation, c.from_date, c.to_date FROM exp_conflict c
                LEFT JOIN ent_enterprise_view t ON t.id = c.enterprise_id
                WHERE c.expert_id = :id ORDER BY c.from_date DESC, c.id DESC""")
                .param("id", id)
                .query((rs, n) -> new Conflict(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
        return new Detail(d.id(), d.name(), d.idCard(), d.phone(), d.title(), d.level(), d.employer(), d.fieldCode(),
                d.fieldName(), d.subCodes(), d.subNames(), d.status(), d.removalReason(), d.role(), conflicts);
    }
}
