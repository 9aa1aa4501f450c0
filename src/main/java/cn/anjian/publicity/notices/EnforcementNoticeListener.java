package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Fmt;
import java.util.stream.Collectors;

import cn.anjian.enforcement.InspectionPlanPublished;
import cn.anjian.enforcement.RandomDrawPublished;
import cn.anjian.kernel.Masking;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * CASE-07 (001 公示 art. 6(2)): the published annual inspection plan, and CASE-06 "一公开": the result
 * of a double-random draw, on the public portal. A module listener, like the personnel notices:
 * after the publication commits, in its own transaction, retried from the event publication registry
 * if it fails. A revision's notice replaces the superseded plan's.
 */
@Component
@RequiredArgsConstructor
class EnforcementNoticeListener {

    private static final int MAX = 3900;

    private final Publications publications;

    @ApplicationModuleListener
    void on(InspectionPlanPublished e) {
        StringBuilder c = new StringBuilder();
        c.append(e.agencyName()).append(e.year()).append(" 年度安全生产监督检查计划");
        if (e.supersededPlanId() != null) {
            c.append("（修订第 ").append(e.revision()).append(" 版，修订理由：").append(e.revisionReason()).append("）");
        }
        c.append("已经批准，现予公布：\n");
        int n = 1;
        for (InspectionPlanPublished.Item i : e.items()) {
            c.append(n++).append(". ").append(i.target()).append("：").append(i.content()).append("；")
                    .append(i.period()).append("；").append(i.responsibleUnit()).append("负责；计划 ")
                    .append(i.plannedCount()).append(" 家次。\n");
        }
        c.append("特此公告。");
        if (e.supersededPlanId() != null) {
            publications.withdraw("enforcement", "inspection-plan", String.valueOf(e.supersededPlanId()),
                    PublicationKind.INSPECTION_PLAN, "已被修订后的计划（第 " + e.revision() + " 版）取代");
        }
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.INSPECTION_PLAN, e.agencyName() + e.year() + " 年度监督检查计划"
                + (e.supersededPlanId() != null ? "（修订）" : ""), clip(c), "enforcement", "inspection-plan",
                String.valueOf(e.planId())));
    }

    @ApplicationModuleListener
    void on(RandomDrawPublished e) {
        StringBuilder c = new StringBuilder();
        c.append(e.agencyName()).append("于").append(Fmt.chineseDate(e.drawDay())).append("开展“双随机”抽查（")
                .append(e.title()).append("），从 ").append(e.poolSize()).append(" 家检查对象中随机抽取 ")
                .append(e.entries().size()).append(" 家，随机匹配执法检查人员，结果如下：\n");
        int n = 1;
        for (RandomDrawPublished.Entry x : e.entries()) {
            c.append(n++).append(". ").append(x.enterpriseName()).append("：")
                    .append(x.officerNames().isEmpty() ? "执法人员另行安排"
                            : x.officerNames().stream().map(Masking::name).collect(Collectors.joining("、")))
                    .append("\n");
        }
        c.append("特此公告。");
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.RANDOM_DRAW_RESULT, title(e.agencyName() + "双随机抽查结果公告（" + e.title() + "）"),
                clip(c), "enforcement", "random-draw", String.valueOf(e.drawId())));
    }

    private static String title(String t) {
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }

    private static String clip(StringBuilder c) {
        return c.length() <= MAX ? c.toString() : c.substring(0, MAX) + "……（全文略）";
    }
}
