package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MA-12 (art. 26): the year's assessment and reward results reported to the superior department and the
 * organisation/HR department — a numbered .docx (documents) naming the excellent and unqualified commissioners and the
 * award recommendations; the whole roster is the list's Excel export.
 */
@Service
@RequiredArgsConstructor
public class AssessmentReport {

    static final String TYPE = "MINE_ASSESSMENT_REPORT";

    private final AssessmentList list;
    private final IssuedDocuments documents;
    private final Clock clock;

    @Transactional
    public IssuedDocument issue(Actor actor, int year) {
        AssessmentFacts.require(actor);
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        int[] unconfirmed = {0};
        List<List<String>> items = new ArrayList<>();
        list.each(actor, new AssessmentList.Filter(year, null, null, null), AssessmentList.SORT.defaults(), r -> {
            counts.merge(r.grade(), 1, Integer::sum);
            if (!"已确认".equals(r.status())) {
                unconfirmed[0]++;
            }
            if ((r.grade() != Grade.QUALIFIED || !r.linkage().award().isEmpty()) && items.size() < 500) {
                items.add(List.of(String.valueOf(items.size() + 1), r.name(), r.agencyName(), r.grade().label(),
                        r.linkage().appraisal(), r.linkage().reward() + (r.linkage().award().isEmpty() ? "" : "；" + r.linkage().award())));
            }
        });
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            throw BusinessException.badInput("MA-12-EMPTY", year + " 年度尚无考核结果，请先计算考核");
        }
        String summary = year + " 年度共考核监管专员 " + total + " 人：优秀 " + counts.getOrDefault(Grade.EXCELLENT, 0) + " 人，合格 "
                + counts.getOrDefault(Grade.QUALIFIED, 0) + " 人，不合格 " + counts.getOrDefault(Grade.UNQUALIFIED, 0) + " 人"
                + (unconfirmed[0] > 0 ? "（其中 " + unconfirmed[0] + " 人的结果尚未确认）" : "")
                + "。下表列出优秀、不合格及推荐奖励人员，全部人员见考核花名册。";
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        Map<String, Object> data = Map.of("date", Fmt.chineseDate(today), "year", year + " 年度",
                "recipients", "上一级矿山安全监管部门；本级组织部门（人力资源社会保障部门）", "summary", summary, "items", items);
        return documents.issue(TYPE, actor.agencyId(), "mine_assessment_report", String.valueOf(year), data, actor.scope().path(), actor);
    }

    public void copy(Actor actor, long fileId, OutputStream out) {
        documents.copyVerified(fileId, actor, out);
    }
}
