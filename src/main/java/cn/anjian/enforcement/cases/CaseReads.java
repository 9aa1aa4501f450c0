package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading cases: the detail view in scope, the team, the timeline, the cross-module reference. */
@Component
@RequiredArgsConstructor
class CaseReads {

    private static final String SELECT = """
            SELECT c.*, a.name AS agency_name, u.name AS unit_name
            FROM enf_case c JOIN org_agency_view a ON a.id = c.agency_id LEFT JOIN org_unit_view u ON u.id = c.unit_id
            """;

    private final JdbcClient jdbc;

    Optional<CaseRef> findByTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE c.title = :t ORDER BY c.id DESC LIMIT 1").param("t", title.strip())
                .query(CaseReads::map).optional().map(this::toRef);
    }

    Optional<CaseRef> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE c.case_number = :n").param("n", number.strip())
                .query(CaseReads::map).optional().map(this::toRef);
    }

    /** The case's numbered documents, oldest first (the caller checked the scope). */
    List<cn.anjian.enforcement.CaseDocumentRef> documents(long caseId) {
        return jdbc.sql("SELECT * FROM enf_case_document WHERE case_id = :c ORDER BY generated_at, id").param("c", caseId)
                .query((rs, i) -> new cn.anjian.enforcement.CaseDocumentRef(rs.getLong("id"), caseId, rs.getString("doc_type"),
                        rs.getString("doc_title"), rs.getString("document_number"), CaseStage.valueOf(rs.getString("stage")),
                        rs.getLong("file_id"), instant(rs, "generated_at")))
                .list();
    }

    /** The case in the actor's scope, or 404. */
    CaseView get(Actor actor, long caseId) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND c.scope_path LIKE :scope")
                .param("id", caseId).param("scope", actor.scope().pattern())
                .query(CaseReads::map).optional().orElseThrow(() -> BusinessException.notFound(CaseService.WHAT));
    }

    java.util.Map<Long, String> numbers(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("SELECT id, case_number FROM enf_case WHERE id IN (:ids) AND case_number IS NOT NULL")
                    .param("ids", caseIds).query(rs -> {
                        out.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return out;
    }

    Optional<CaseView> load(long caseId) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", caseId).query(CaseReads::map).optional();
    }

    /**
     * The current team, names in full: the viewers are staff, and enforcement officers' names and certificate
     * numbers are public anyway (PUB-01; issue 12 defect 8). IAM-06 masking is for ID-card and phone numbers.
     */
    List<MemberView> team(Actor viewer, long caseId) {
        return jdbc.sql("""
                        SELECT * FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL
                        ORDER BY CASE role WHEN 'LEADER' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, id""")
                .param("c", caseId)
                .query((rs, i) -> new MemberView(rs.getLong("person_id"),
                        rs.getString("person_name"),
                        TeamRole.valueOf(rs.getString("role")), rs.getString("certificate_number"),
                        rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
                .list();
    }

    /** Full names of the enforcers on the team with their certificate numbers, for documents. */
    List<String> officerLines(long caseId) {
        return jdbc.sql("""
                        SELECT person_name, certificate_number FROM enf_case_member
                        WHERE case_id = :c AND removed_at IS NULL AND role <> 'ASSISTANT'
                        ORDER BY CASE role WHEN 'LEADER' THEN 0 ELSE 1 END, id""")
                .param("c", caseId)
                .query((rs, i) -> rs.getString(1) + (rs.getString(2) == null ? "" : "（执法证号 " + rs.getString(2) + "）"))
                .list();
    }

    /**
     * TI-09 (seed 000 art. 16): who signs the 现场检查记录 — the enforcers with their certificate numbers,
     * then each assisting technical inspector marked 技术检查员 (signing, never counted as an enforcer).
     */
    List<String> inspectionSignerLines(long caseId) {
        List<String> lines = new java.util.ArrayList<>(officerLines(caseId));
        lines.addAll(jdbc.sql("""
                        SELECT person_name FROM enf_case_member
                        WHERE case_id = :c AND removed_at IS NULL AND role = 'ASSISTANT' ORDER BY id""")
                .param("c", caseId).query((rs, i) -> rs.getString(1) + "（技术检查员）").list());
        return lines;
    }

    /**
     * The timeline: stage transitions, documents and their service, the decision, transfers, the penalty notice, the
     * party's statement and defence and the hearing steps (CASE-12); oldest first, people by their names.
     */
    List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql(TIMELINE)
                .param("c", caseId)
                .query((rs, i) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        stageText(rs.getString("what")), rs.getString("note")))
                .list();
    }

    private static final String TIMELINE = """
                        SELECT x.at, coalesce(u.display_name, x.actor) AS actor, x.what, x.note FROM (
                          SELECT l.at, l.actor,
                                 CASE WHEN l.from_stage IS NULL THEN '立案' ELSE '阶段：' || l.from_stage || '→' || l.to_stage END AS what,
                                 l.note, l.id AS seq, 0 AS k FROM enf_case_stage_log l WHERE l.case_id = :c
                          UNION ALL
                          SELECT d.generated_at, d.generated_by, '制作文书：' || d.doc_title || ' ' || d.document_number, NULL, d.id, 1
                            FROM enf_case_document d WHERE d.case_id = :c
                          UNION ALL
                          SELECT d.served_at, r.generated_by, '送达文书：' || d.doc_title || ' ' || d.document_number,
                                 '受送达人：' || d.recipient || '，送达回执 ' || r.document_number, d.id, 4
                            FROM enf_case_document d JOIN enf_case_document r ON r.id = d.receipt_document_id
                            WHERE d.case_id = :c AND d.served_at IS NOT NULL
                          UNION ALL
                          SELECT x.issued_at, x.issued_by, '签发处理决定：' || x.document_number, x.summary, 0, 5
                            FROM enf_case_decision x WHERE x.case_id = :c
                          UNION ALL
                          SELECT t.requested_at, t.requested_by, '提请移送司法机关：' || t.organ, t.reason, t.id, 2
                            FROM enf_case_transfer t WHERE t.case_id = :c
                          UNION ALL
                          SELECT t.decided_at, t.decided_by,
                                 CASE WHEN t.status = 'APPROVED' THEN '移送司法机关已批准：' || coalesce(t.transfer_number, '')
                                      ELSE '移送司法机关未获批准' END,
                                 t.opinion, t.id, 3
                            FROM enf_case_transfer t WHERE t.case_id = :c AND t.decided_at IS NOT NULL
                          UNION ALL
                          -- CASE-12: the notice, the party's statement and defence and its answer, the hearing steps
                          SELECT n.created_at, n.created_by, '行政处罚告知：' || n.notice_number,
                                 '陈述申辩期限至 ' || to_char(n.statement_until, 'YYYY-MM-DD')
                                   || CASE WHEN n.hearing_rights THEN '；享有听证权利，申请期限至 '
                                      || to_char(n.hearing_request_until, 'YYYY-MM-DD') ELSE '' END, n.id, 6
                            FROM enf_penalty_notice n WHERE n.case_id = :c
                          UNION ALL
                          SELECT (n.stated_on + time '12:00') AT TIME ZONE 'Asia/Shanghai', NULL,
                                 CASE WHEN n.statement_status = 'WAIVED' THEN '当事人放弃陈述申辩' ELSE '当事人陈述申辩' END,
                                 n.statement, n.id, 7
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.stated_on IS NOT NULL
                          UNION ALL
                          SELECT n.answered_at, n.answered_by, '答复陈述申辩', n.answer, n.id, 8
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.answered_at IS NOT NULL
                          UNION ALL
                          SELECT (n.hearing_requested_on + time '12:00') AT TIME ZONE 'Asia/Shanghai', NULL, '当事人申请听证', NULL, n.id, 9
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.hearing_requested_on IS NOT NULL
                          UNION ALL
                          SELECT (n.hearing_notice_served_on + time '12:00') AT TIME ZONE 'Asia/Shanghai', NULL,
                                 '送达听证通知：' || coalesce(n.hearing_notice_number, ''),
                                 '听证时间 ' || to_char(n.hearing_date, 'YYYY-MM-DD') || '，地点 ' || coalesce(n.hearing_place, ''), n.id, 10
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.hearing_notice_served_on IS NOT NULL
                          UNION ALL
                          SELECT (n.hearing_held_on + time '12:00') AT TIME ZONE 'Asia/Shanghai', NULL,
                                 '举行听证：听证笔录 ' || coalesce(n.hearing_record_number, ''), NULL, n.id, 11
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.hearing_held_on IS NOT NULL
                          UNION ALL
                          SELECT (n.hearing_held_on + time '12:01') AT TIME ZONE 'Asia/Shanghai', NULL,
                                 '听证报告：' || n.hearing_report_number, n.hearing_opinion, n.id, 12
                            FROM enf_penalty_notice n WHERE n.case_id = :c AND n.hearing_report_number IS NOT NULL
                        ) x LEFT JOIN iam_user_view u ON u.username = x.actor ORDER BY x.at, x.k, x.seq""";

    private static String stageText(String what) {
        String s = what;
        for (CaseStage st : CaseStage.values()) {
            s = s.replace(st.name(), st.label());
        }
        return s;
    }

    boolean decisionIssued(long caseId) {
        return jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single() > 0;
    }

    /** The current team as (person, name, role), oldest member first. */
    List<TeamRules.Candidate> currentMembers(long caseId) {
        return jdbc.sql("SELECT person_id, person_name, role FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", caseId)
                .query((rs, i) -> new TeamRules.Candidate(rs.getLong(1), rs.getString(2), TeamRole.valueOf(rs.getString(3)),
                        false, false, false, List.of()))
                .list();
    }

    // ---- mapping ----

    CaseRef toRef(CaseView c) {
        List<Long> team = jdbc.sql("SELECT person_id FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", c.id()).query(Long.class).list();
        return new CaseRef(c.id(), c.caseNumber(), c.title(), c.kind(), c.stage(), c.agencyId(), c.scopePath(),
                c.enterpriseId(), c.partyName(), team, c.openedAt(), c.closedAt());
    }

    static CaseView map(ResultSet rs, int i) throws SQLException {
        return new CaseView(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                CaseKind.valueOf(rs.getString("kind")), CaseSource.valueOf(rs.getString("source")),
                rs.getString("basis_title"), rs.getString("basis_number"), rs.getDate("basis_date").toLocalDate(),
                rs.getString("origin_type"), (Long) rs.getObject("origin_id", Long.class),
                (Long) rs.getObject("enterprise_id", Long.class), rs.getString("party_name"), rs.getString("party_kind"),
                rs.getString("place"), CaseStage.valueOf(rs.getString("stage")), rs.getLong("agency_id"),
                rs.getString("agency_name"), (Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getString("scope_path"), instant(rs, "opened_at"), rs.getString("opened_by"), instant(rs, "due_at"),
                instant(rs, "closed_at"), instant(rs, "archived_at"),
                (Long) rs.getObject("joint_operation_id", Long.class), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
