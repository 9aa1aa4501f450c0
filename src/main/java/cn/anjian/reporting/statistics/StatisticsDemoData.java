package cn.anjian.reporting.statistics;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.CaseRemedies;
import cn.anjian.enforcement.InspectionVehicleRecords;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo (STAT-06/07): 泽州县's officer records the vehicles used on the demo inspections and the reconsideration of the
 * hearing case, received by 晋城市应急管理局, so 晋城/泽州's 2026 statistics show vehicles, a hearing and a
 * reconsideration. Through the enforcement services, once; nothing happens when they are recorded.
 */
@Component
@RequiredArgsConstructor
class StatisticsDemoData {

    private static final Logger log = LoggerFactory.getLogger(StatisticsDemoData.class);
    static final List<String> PLATES = List.of("晋E12018、晋E36501", "晋E12018", "晋E58822");

    private final ActingUsers users;
    private final Cases cases;
    private final InspectionVehicleRecords vehicles;
    private final CaseRemedies remedies;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_CLOSED + 5)
    void on(DemoCasesReady ready) {
        Actor zz = users.actor("zz_officer").orElse(null);
        if (zz == null) {
            return;
        }
        try {
            int i = 0;
            for (CaseRef c : ready.cases()) {
                if (c.kind() == CaseKind.INSPECTION && zz.scope().covers(c.scopePath()) && i < PLATES.size()
                        && vehicles.vehicleCount(zz, c.id()) == 0) {
                    vehicles.recordPlates(zz, c.id(), PLATES.get(i++));
                }
            }
            cases.findByTitle(DemoCasesReady.HEARING_CASE).filter(c -> c.closedAt() != null)
                    .filter(c -> !remedies.anyRemedy(zz, c.id()))
                    .ifPresent(c -> remedies.fileRemedy(zz, c.id(), RemedyKind.RECONSIDERATION,
                            LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI), null,
                            jurisdictions.findByCode("140500").flatMap(j -> agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT))
                                    .map(a -> a.id()).orElse(null)));
        } catch (RuntimeException e) {
            log.warn("statistics demo data not recorded: {}", e.getMessage());
        }
    }
}
