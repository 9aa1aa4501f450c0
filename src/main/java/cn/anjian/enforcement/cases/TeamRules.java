package cn.anjian.enforcement.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.kernel.BusinessException;

/**
 * CASE-02 / OFF-03 / TI-10 and avoidance, as a pure function of what the personnel and enterprises
 * modules answered for each proposed member on the day: at least two members holding a valid
 * enforcement certificate; technical inspectors only as assistants and never counted; nobody with a
 * conflict of interest with the party; one leader, a certified officer.
 */
final class TeamRules {

    static final int MIN_ENFORCERS = 2;
    static final int MAX_MEMBERS = 20;

    private TeamRules() {
    }

    /** One proposed member as the gates see them. */
    record Candidate(long personId, String name, TeamRole role, boolean enforcer, boolean mayAssist,
                     boolean conflicted, List<String> reasons) {
    }

    static void check(List<Candidate> team) {
        if (team == null || team.isEmpty()) {
            throw new BusinessException("CASE-TEAM-SIZE", "执法组至少须有 2 名持有效执法证的执法人员");
        }
        if (team.size() > MAX_MEMBERS) {
            throw BusinessException.badInput("CASE-TEAM-TOO-LARGE", "执法组不能超过 " + MAX_MEMBERS + " 人");
        }
        Set<Long> seen = new HashSet<>();
        int leaders = 0;
        int enforcers = 0;
        for (Candidate c : team) {
            if (c.role() == null) {
                throw BusinessException.badInput("CASE-TEAM-ROLE", "请为" + c.name() + "选择在执法组中的角色");
            }
            if (!seen.add(c.personId())) {
                throw BusinessException.badInput("CASE-TEAM-DUPLICATE", c.name() + "在执法组中重复出现");
            }
            if (c.conflicted()) {
                throw new BusinessException("CASE-TEAM-AVOIDANCE", c.name() + "与当事人存在利害关系，应当回避，不能参加本案执法组");
            }
            if (c.role() == TeamRole.ASSISTANT) {
                if (!c.mayAssist()) {
                    throw new BusinessException("CASE-TEAM-ASSISTANT", c.name() + "不能作为辅助人员参加执法组："
                            + reasons(c, "不是持有有效工作证的技术检查员"));
                }
                continue;
            }
            if (!c.enforcer()) {
                if (c.mayAssist()) {
                    throw new BusinessException("CASE-TEAM-INSPECTOR-ROLE", c.name()
                            + "是技术检查员，只能作为辅助人员参加执法组，不能担任主办人或协办人");
                }
                throw new BusinessException("CASE-TEAM-CERTIFICATE", c.name() + "当日没有有效的行政执法证，不能担任"
                        + c.role().label() + "：" + reasons(c, "未持有有效的执法证"));
            }
            enforcers++;
            if (c.role() == TeamRole.LEADER) {
                leaders++;
            }
        }
        if (leaders != 1) {
            throw new BusinessException("CASE-TEAM-LEADER", "执法组须有且只有 1 名主办人（持有效执法证的执法人员）");
        }
        if (enforcers < MIN_ENFORCERS) {
            throw new BusinessException("CASE-TEAM-SIZE", "执法组至少须有 " + MIN_ENFORCERS
                    + " 名持有效执法证的执法人员，目前只有 " + enforcers + " 名（技术检查员不计入）");
        }
    }

    private static String reasons(Candidate c, String fallback) {
        return c.reasons() == null || c.reasons().isEmpty() ? fallback : String.join("；", c.reasons());
    }
}
