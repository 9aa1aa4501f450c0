package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SS-07 → TI-16 (000 art. 30), as inspectors' certificates: the appointing department destroys the
 * certificate and reports the destruction; only the provincial department cancels it, and the
 * cancellation is published ({@code SupervisorCertificateCancelled}).
 */
@Service
@Transactional
@RequiredArgsConstructor
class SupervisorCancellations {

    private final SupervisorService service;
    private final SupervisorRepository repository;
    private final JdbcClient jdbc;

    /** The appointing department records the destruction and reports it; the certificate (and listed items) are tracked. */
    void recordDestruction(Actor actor, long id, String reason, java.time.LocalDate on, String extraItems) {
        Supervisor s = service.get(actor, id);
        if (actor.agencyId() != s.agencyId) {
            throw new BusinessException("SS-07-APPOINTING", "工作证由任命该社会监督员的应急管理部门销毁并上报");
        }
        Map<String, Object> before = SupervisorService.snapshot(s);
        List<String> items = SupervisorService.items(extraItems);
        s.certificateDestroyed(reason, on, service.today());
        repository.save(s, service.now());
        service.addEquipment(s, items);
        service.audit("personnel.supervisor.certificate-destroyed", s, before);
    }

    /** Only the provincial emergency-management department cancels and publishes. */
    void cancel(Actor actor, long id) {
        Supervisor s = service.get(actor, id);
        Integer level = jdbc.sql("""
                        SELECT j.level FROM org_agency_view a JOIN org_jurisdiction_view j ON j.id = a.jurisdiction_id
                        WHERE a.id = :a AND a.kind = 'EMERGENCY_MANAGEMENT'""")
                .param("a", actor.agencyId()).query(Integer.class).optional().orElse(null);
        if (level == null || level != 1) {
            throw new BusinessException("SS-07-PROVINCE", "社会监督员工作证由省级应急管理部门注销并公告");
        }
        Map<String, Object> before = SupervisorService.snapshot(s);
        service.describe(s).cancel(service.today());
        repository.save(s, service.now()); // publishes SupervisorCertificateCancelled
        service.audit("personnel.supervisor.cancelled", s, before);
    }
}
