package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-18/TI-19: misconduct and its handling, insurance, commendations, threats and false accusations. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorRecords {

    private final InspectorSupport support;
    private final InspectorQueries queries;
    private final JdbcClient jdbc;

    // ---- TI-18/TI-19: records ----

    @Transactional
    InspectorRecordView addRecord(Actor actor, long id, String category, String kind, LocalDate occurredOn,
                                  LocalDate untilOn, String description, String handling, String response) {
        InspectorView i = support.get(actor, id);
        if (category == null) {
            throw BusinessException.badInput("TI-19", "请选择记录类别");
        }
        String k = kind == null ? "" : kind.strip();
        String h = null;
        String resp = InspectorRules.optional(response, "处置情况/书面意见", 2000);
        switch (category) {
            case "MISCONDUCT" -> {
                k = parse(Misconduct.class, k, "TI-18", "请选择违规行为类型（第三十二条所列八种）").name();
                h = parse(Misconduct.Handling.class, handling, "TI-18", "请选择处理方式：警示提醒、批评教育、责令检查、追究党纪政务责任或移送司法机关").name();
            }
            case "INSURANCE" -> {
                k = InspectorRules.text(k, "险种", 50);
                if (untilOn == null || occurredOn == null || !untilOn.isAfter(occurredOn)) {
                    throw BusinessException.badInput("TI-19", "请填写保险起止日期（截止晚于起始）");
                }
            }
            case "COMMENDATION" -> k = InspectorRules.text(k, "表彰名称", 50);
            case "THREAT" -> {
                if (!"THREAT".equals(k) && !"FALSE_ACCUSATION".equals(k)) {
                    throw BusinessException.badInput("TI-19", "请选择情形：恐吓威胁或不实投诉诬告");
                }
                if (resp == null) {
                    throw new BusinessException("TI-19", "请记录部门的处置情况（告知公安机关协助处置，或澄清事实、消除影响）");
                }
            }
            default -> throw BusinessException.badInput("TI-19", "记录类别不正确");
        }
        if (occurredOn == null || occurredOn.isAfter(support.today())) {
            throw BusinessException.badInput("TI-19", "请填写发生日期（不能晚于今天）");
        }
        String d = InspectorRules.text(description, "情况说明", 2000);
        Map<String, Object> p = new HashMap<>();
        p.put("i", i.id());
        p.put("c", category);
        p.put("k", k);
        p.put("o", occurredOn);
        p.put("u", untilOn);
        p.put("d", d);
        p.put("h", h);
        p.put("r", resp);
        p.put("by", actor.username());
        p.put("at", OffsetDateTime.ofInstant(support.now(), java.time.ZoneOffset.UTC));
        long rid = jdbc.sql("""
                INSERT INTO ti_record (inspector_id, category, kind, occurred_on, until_on, description, handling, response,
                    recorded_by, recorded_at)
                VALUES (:i, :c, :k, :o, CAST(:u AS DATE), :d, CAST(:h AS VARCHAR), CAST(:r AS VARCHAR), :by, :at) RETURNING id""")
                .params(p).query(Long.class).single();
        support.publish(AuditableEvent.change("ti.record.added", "ti-inspector", id, null,
                Map.of("recordId", rid, "category", category, "kind", k)));
        return queries.records(id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code, String message) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value.strip())) {
                    return e;
                }
            }
        }
        throw BusinessException.badInput(code, message);
    }
}
