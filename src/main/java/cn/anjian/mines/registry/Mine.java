package cn.anjian.mines.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** MC-01: a mine — an enterprise with its mine data; the production status decides whether it is staffed. */
@Table("mine_mine")
class Mine extends AbstractAggregateRoot<Mine> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long enterpriseId;
    private String name;
    private MineKind kind;
    private long annualStrippingTonnes;
    private Long parentMineId;
    private ProductionStatus productionStatus;
    private SupervisingLevel supervisingLevel;
    private long departmentJurisdictionId;
    private long jurisdictionId;
    private String scopePath;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String workingSites;
    private String systems;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private Mine() {
    }

    record Location(long jurisdictionId, long departmentJurisdictionId, String scopePath) {
    }

    static Mine register(long enterpriseId, String name, NewMine m, Location where, Instant now, String by) {
        Mine x = new Mine();
        x.enterpriseId = enterpriseId;
        x.name = name;
        x.kind = m.kind();
        x.annualStrippingTonnes = m.annualStrippingTonnes() == null ? 0 : m.annualStrippingTonnes();
        x.parentMineId = m.parentMineId();
        x.productionStatus = m.productionStatus();
        x.supervisingLevel = m.supervisingLevel();
        x.jurisdictionId = where.jurisdictionId();
        x.departmentJurisdictionId = where.departmentJurisdictionId();
        x.scopePath = where.scopePath();
        x.latitude = m.latitude();
        x.longitude = m.longitude();
        x.workingSites = m.workingSites() == null ? "" : m.workingSites().strip();
        x.systems = m.systems() == null ? "" : m.systems().strip();
        x.createdAt = now;
        x.createdBy = by;
        x.registerEvent(AuditableEvent.change("mines.mine.registered", "mine", "new", null, x.snapshot()));
        return x;
    }

    /** MC-01: production status changes (a stopped mine leaves the next plan). */
    void changeStatus(ProductionStatus to) {
        if (to == null) {
            throw BusinessException.badInput("MC-01-STATUS", "请选择生产状态");
        }
        if (to == productionStatus) {
            throw BusinessException.conflict("MC-01-STATUS", "生产状态未改变");
        }
        Map<String, Object> before = snapshot();
        productionStatus = to;
        registerEvent(AuditableEvent.change("mines.mine.status-changed", "mine", id, before, snapshot()));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("annualStrippingTonnes", annualStrippingTonnes);
        m.put("parentMineId", parentMineId);
        m.put("productionStatus", productionStatus.name());
        m.put("supervisingLevel", supervisingLevel.name());
        return m;
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    MineKind kind() {
        return kind;
    }
}
