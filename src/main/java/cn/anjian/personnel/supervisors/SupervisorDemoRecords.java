package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Component;

/** What happens to the demo supervisors after their appointment: an exchange (SS-08) and a destroyed certificate (SS-07). */
@Component
@RequiredArgsConstructor
class SupervisorDemoRecords {

    private final SupervisorCancellations cancellations;
    private final SupervisorExchanges exchanges;

    void load(Actor hr, LocalDate today, long li, long wang, long zhang) {
        // SS-08 (000 art. 25): a periodic exchange with the serving supervisors
        exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "SYMPOSIUM", "第三季度安全生产行政执法情况通报座谈会",
                "通报本县第三季度执法检查 126 家次、行政处罚 18 件情况；社会监督员就煤矿外包工程队管理、"
                        + "危化品运输车辆停放提出 3 条建议，已交执法一股研究办理，15 个工作日内反馈。",
                List.of(li, wang, zhang)));
        // SS-07 → TI-16: destroyed and reported by the county, awaiting the province's cancellation
        cancellations.recordDestruction(hr, zhang, "本人因工作调动申请不再担任", today, "胸牌");
    }
}
