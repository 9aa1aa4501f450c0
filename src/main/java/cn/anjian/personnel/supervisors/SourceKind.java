package cn.anjian.personnel.supervisors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * SS-01 (000 art. 22–23): who recommends (industry associations, universities, research institutes,
 * enterprises) or whom the department invites (NPC deputies, CPPCC members, lawyers, others).
 */
@Getter
@RequiredArgsConstructor
enum SourceKind {
    INDUSTRY_ASSOCIATION("行业协会", AppointmentRoute.RECOMMENDATION),
    UNIVERSITY("高等院校", AppointmentRoute.RECOMMENDATION),
    RESEARCH_INSTITUTE("研究机构", AppointmentRoute.RECOMMENDATION),
    ENTERPRISE("企业", AppointmentRoute.RECOMMENDATION),
    NPC_DEPUTY("人大代表", AppointmentRoute.INVITATION),
    CPPCC_MEMBER("政协委员", AppointmentRoute.INVITATION),
    LAWYER("律师", AppointmentRoute.INVITATION),
    OTHER("其他人士", AppointmentRoute.INVITATION);

    private final String label;
    private final AppointmentRoute route;

    static SourceKind parse(String v) {
        return cn.anjian.kernel.Params.requiredChoice("SS-01-SOURCE", SourceKind.class, "推荐单位或受邀人员类别", v, SourceKind::label);
    }
}
