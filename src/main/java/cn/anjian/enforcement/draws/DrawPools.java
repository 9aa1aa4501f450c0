package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.cases.EnforcementSettings;
import cn.anjian.settings.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterprisePage;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonView;
import org.springframework.stereotype.Component;

/** The two pools of a draw (目录库: enterprises; 执法人员库: officers) and the conflicts between them. */
@Component
@RequiredArgsConstructor
class DrawPools {

    private final Enterprises enterprises;
    private final People people;
    private final EnforcerEligibility eligibility;
    private final Conflicts conflicts;
    private final Settings settings;

    /** The avoidance look-back period on the draw's day (stored with each draw, so its replay uses the same). */
    int lookBackYears(LocalDate day) {
        return settings.value(EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS, day);
    }

    /** Whether the person must avoid the enterprise on the day (a registered conflict within the look-back period). */
    boolean conflicted(long personId, long enterpriseId, LocalDate day) {
        return conflicts.conflicted(personId, enterpriseId, day, lookBackYears(day));
    }

    /** Enterprises in the agency's area matching the filters, never closed ones, ordered by id (the stored order). */
    List<EnterpriseView> targetPool(Actor actor, Agency agency, RandomDraws.NewDraw d) {
        List<EnterpriseView> all = new ArrayList<>();
        EnterpriseFilter filter = new EnterpriseFilter(null, d.industry(), d.riskGrade(), d.status(), null);
        for (int page = 0; ; page++) {
            EnterprisePage p = enterprises.search(actor, filter, page, 200);
            for (EnterpriseView e : p.items()) {
                if (e.status() != EnterpriseStatus.CLOSED && e.scopePath().startsWith(agency.scopePath())) {
                    all.add(e);
                }
            }
            if (all.size() > RandomDraws.MAX_POOL) {
                throw new BusinessException("DRAW-POOL-SIZE", "检查对象名录超过 " + RandomDraws.MAX_POOL + " 家，请按行业或风险等级缩小范围");
            }
            if ((long) (page + 1) * p.size() >= p.total() || p.items().isEmpty()) {
                break;
            }
        }
        all.sort(Comparator.comparingLong(EnterpriseView::id));
        return all;
    }

    /** OFF-03: officers of the agency holding a valid enforcement certificate on the draw day, ordered by person id. */
    List<DrawViews.Officer> officerPool(Actor actor, Agency agency, LocalDate day) {
        List<DrawViews.Officer> pool = new ArrayList<>();
        PersonFilter filter = new PersonFilter(null, null, agency.id(), PersonRole.OFFICER);
        for (int page = 0; ; page++) {
            PageResult<PersonView> p = people.search(actor, filter, page, 100);
            for (PersonView v : p.items()) {
                Eligibility e = eligibility.check(v.id(), day);
                if (e.mayEnforce()) {
                    pool.add(new DrawViews.Officer(0, v.id(), v.name(), e.certificateNumber()));
                }
            }
            if (!p.hasNext()) {
                break;
            }
        }
        pool.sort(Comparator.comparingLong(DrawViews.Officer::personId));
        return pool;
    }
}
