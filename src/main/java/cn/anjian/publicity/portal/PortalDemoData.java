package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo: the supervision channels and footer of the province's and the demo cities' and counties' portals (PUB-01),
 * kept by each agency's office ({@code <prefix>_office}) through the back-office service, so the same checks and audit
 * apply. An agency whose channels are already kept is left alone.
 */
@Component
@RequiredArgsConstructor
class PortalDemoData {

    private static final Logger log = LoggerFactory.getLogger(PortalDemoData.class);

    record Demo(String office, String phone, String email, String address, String sponsor, String contact) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("sx_office", "0351-4651234", "jdts@yjt.shanxi.gov.cn", "山西省太原市小店区长治路 299 号", "山西省应急管理厅",
                    "办公室 0351-4651200（工作日 8:30–12:00，14:30–17:30）"),
            new Demo("jc_office", "0356-2021234", "jcyjgl@jincheng.gov.cn", "山西省晋城市城区凤台东街 2066 号", "晋城市应急管理局",
                    "办公室 0356-2021200"),
            new Demo("xz_office", "0350-3031234", "xzyjgl@xinzhou.gov.cn", "山西省忻州市忻府区和平东街 18 号", "忻州市应急管理局",
                    "办公室 0350-3031200"),
            new Demo("zz_office", "0356-3661234", "zzyjgl@zezhou.gov.cn", "山西省晋城市泽州县南村镇泽州路 88 号", "泽州县应急管理局",
                    "办公室 0356-3661200"),
            new Demo("sc_office", "0350-4721234", "scyjgl@shenchi.gov.cn", "山西省忻州市神池县龙泉镇新建路 6 号", "神池县应急管理局",
                    "办公室 0350-4721200"));

    private final Environment environment;
    private final ActingUsers users;
    private final PortalChannels channels;
    private final PortalDirectory directory;

    @EventListener
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        for (Demo d : DEMO) {
            Actor office = users.actor(d.office()).orElse(null);
            if (office == null) {
                continue;
            }
            try {
                var agency = directory.agency(office.agencyId()).orElse(null);
                if (agency == null || channels.of(agency).phone() != null) {
                    continue;
                }
                channels.save(office, office.agencyId(), new PortalChannels.Channels(d.phone(), d.email(), d.address(), "12345",
                        d.sponsor(), d.contact()));
            } catch (RuntimeException e) {
                log.warn("Portal demo channels of {} not kept: {}", d.office(), e.getMessage());
            }
        }
    }
}
