package cn.anjian.enforcement.cases;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.enforcement.DecisionIssuanceGuard;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only SPI implementations in the shared context. They refuse only cases marked in the title
 * (stage guard) or decisions marked in the summary (issuance guard), so other tests and the demo data are untouched.
 */
@Configuration(proxyBeanMethods = false)
class TestGuards {

    static final String REFUSE_STAGE = "【测试：拒绝推进】";
    static final String REFUSE_DECISION = "【测试：法制审核未通过】";

    @Bean
    CaseStageGuard refusingStageGuard() {
        return (CaseRef theCase, CaseStage from, CaseStage to) -> {
            if (theCase.title().contains(REFUSE_STAGE)) {
                throw new BusinessException("TEST-GUARD", "测试守卫拒绝：" + from.label() + "→" + to.label());
            }
        };
    }

    @Bean
    DecisionIssuanceGuard refusingDecisionGuard() {
        return (CaseRef theCase, CaseDecision decision) -> {
            if (decision.summary() != null && decision.summary().contains(REFUSE_DECISION)) {
                throw new BusinessException("LR-01", "重大执法决定未经法制审核或审核未通过，不得作出决定");
            }
        };
    }
}
