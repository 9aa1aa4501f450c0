package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseFigures;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyStatistics;
import cn.anjian.kernel.Actor;
import cn.anjian.reporting.PublicityActivities;
import cn.anjian.reporting.registers.NormativeDocuments;
import org.springframework.stereotype.Component;

/** {@link BriefingFigures} from what the modules already publish: enforcement's case figures and remedies, STAT-02/03 registers. */
@Component
@RequiredArgsConstructor
class RegisterBriefingFigures implements BriefingFigures {

    private final CaseFigures cases;
    private final RemedyStatistics remedies;
    private final PublicityActivities activities;
    private final NormativeDocuments documents;

    @Override
    public List<Figure> figures(Actor actor, LocalDate from, LocalDate to) {
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("立案查处案件", cases.opened(actor, from, to) + " 件"));
        f.add(new Figure("作出罚款决定金额", cases.fines(actor, from, to).stripTrailingZeros().toPlainString() + " 元"));
        Map<RemedyKind, Long> filed = remedies.filed(actor, from, to);
        for (RemedyKind k : RemedyKind.values()) {
            f.add(new Figure("被申请" + k.label() + "案件", filed.getOrDefault(k, 0L) + " 件"));
        }
        activities.counts(actor.jurisdictionId(), from, to).forEach(c -> f.add(new Figure("普法宣传：" + c.kind().label(),
                c.activities() + " 次，" + c.quantity() + " " + c.kind().unit())));
        f.add(new Figure("制定规范性文件", documents.countIssued(actor, from, to) + " 件"));
        return f;
    }
}
