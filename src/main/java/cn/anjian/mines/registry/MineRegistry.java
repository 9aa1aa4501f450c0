package cn.anjian.mines.registry;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.Availability;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.mines.SupervisingLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-01, MC-04, MC-05: registering mines (page, API and import alike) and selecting commissioners. Every gate refuses
 * here, before anything is written; every change is audited by its aggregate.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MineRegistry {

    static final String MINE = "矿山";
    static final String COMMISSIONER = "监管专员";

    private final MineRepository mines;
    private final CommissionerRepository commissioners;
    private final Enterprises enterprises;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    /** Whether any mine is registered in the scope (the demo loads once). */
    public boolean hasMines(cn.anjian.kernel.Scope scope) {
        return mines.anyIn(scope.pattern());
    }

    /** MC-01: an enterprise in scope becomes a mine; returns the mine's id. */
    public long register(Actor actor, NewMine m) {
        require(actor, "mine:manage");
        if (m == null || m.enterpriseId() == null) {
            throw BusinessException.badInput("MC-01-ENTERPRISE", "请选择生产经营单位");
        }
        EnterpriseView e = enterprises.get(actor, m.enterpriseId());
        if (m.kind() == null || m.productionStatus() == null || m.supervisingLevel() == null) {
            throw BusinessException.badInput("MC-01-KIND", "请填写矿山类型、生产状态和监管层级");
        }
        if (mines.existsByEnterpriseId(e.id())) {
            throw BusinessException.conflict("MC-01-DUPLICATE", e.name() + "已登记为矿山");
        }
        long tonnes = m.annualStrippingTonnes() == null ? 0 : m.annualStrippingTonnes();
        if (tonnes < 0 || (m.kind() != MineKind.OPEN_PIT_NON_COAL && tonnes > 0)) {
            throw BusinessException.badInput("MC-01-TONNES", "年采剥量只适用于露天开采非煤矿山，且不能为负数");
        }
        if (m.kind() == MineKind.OPEN_PIT_NON_COAL && m.annualStrippingTonnes() == null) {
            throw BusinessException.badInput("MC-01-TONNES", "露天开采非煤矿山须填写年采剥量（吨）");
        }
        if (m.parentMineId() != null) {
            parent(actor, m);
        }
        BigDecimal lat = m.latitude() != null ? m.latitude() : e.latitude();
        BigDecimal lon = m.longitude() != null ? m.longitude() : e.longitude();
        if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw BusinessException.badInput("MC-01-LOCATION", "请填写矿山的经纬度（纬度 −90～90，经度 −180～180）");
        }
        long department = department(e.jurisdictionId(), m.supervisingLevel());
        Mine mine = Mine.register(e.id(), e.name(), new NewMine(e.id(), m.kind(), tonnes, m.parentMineId(),
                m.productionStatus(), m.supervisingLevel(), lat, lon, m.workingSites(), m.systems()),
                new Mine.Location(e.jurisdictionId(), department, e.scopePath()), clock.instant(), actor.username());
        return mines.save(mine).id();
    }

    /** MC-01: the enterprise in scope with this unified social credit code (page and import name it so). */
    public long enterpriseByCode(Actor actor, String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            throw BusinessException.badInput("MC-01-ENTERPRISE", "请填写生产经营单位的统一社会信用代码");
        }
        return enterprises.findByCreditCode(actor, creditCode.strip().toUpperCase(java.util.Locale.ROOT))
                .map(EnterpriseView::id).orElseThrow(() -> BusinessException.badInput("MC-01-ENTERPRISE",
                        "未找到统一社会信用代码为 " + cn.anjian.kernel.Params.abbreviate(creditCode.strip())
                                + " 的生产经营单位（须先在“生产经营单位”中登记，且在您的管辖范围内）"));
    }

    /** MC-01: the registered mine of the enterprise in scope with this credit code (the import names a parent so). */
    public long mineByCode(Actor actor, String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        return enterprises.findByCreditCode(actor, code).flatMap(e -> mines.findByEnterpriseId(e.id())).map(Mine::id)
                .orElseThrow(() -> BusinessException.badInput("MC-01-PARENT", "未找到统一社会信用代码为 "
                        + cn.anjian.kernel.Params.abbreviate(code) + " 的已登记矿山（所属矿山须先登记或在本文件中排在前面，且在您的管辖范围内）"));
    }

    /** MC-04: the recorded person in scope with this ID-card number (page and import name people so). */
    public long personByIdCard(Actor actor, String idCard) {
        if (idCard == null || idCard.isBlank()) {
            throw BusinessException.badInput("MC-04-PERSON", "请填写人员的身份证号");
        }
        return people.findByIdCard(actor, idCard.strip().toUpperCase(java.util.Locale.ROOT)).map(PersonView::id)
                .orElseThrow(() -> BusinessException.badInput("MC-04-PERSON",
                        "未找到该身份证号的人员（须先在“人员”中登记，且在您的管辖范围内）"));
    }

    /** MC-01: production status (a stopped mine is not staffed by the next plan). */
    public void changeStatus(Actor actor, long mineId, ProductionStatus to) {
        require(actor, "mine:manage");
        Mine m = mines.findById(mineId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(MINE));
        m.changeStatus(to);
        mines.save(m);
    }

    /** MC-04: selects a recorded person of the actor's scope as a commissioner of the person's department. */
    public long select(Actor actor, NewCommissioner c) {
        require(actor, "mine:manage");
        if (c == null || c.personId() == null) {
            throw BusinessException.badInput("MC-04-PERSON", "请选择人员");
        }
        PersonView p = people.get(actor, c.personId());
        if (commissioners.existsByPersonId(p.id())) {
            throw BusinessException.conflict("MC-04-DUPLICATE", p.name() + "已是监管专员");
        }
        if (c.homeLatitude() == null || c.homeLongitude() == null) {
            throw BusinessException.badInput("MC-04-HOME", "请填写常驻地经纬度");
        }
        Jurisdiction j = jurisdictions.get(p.jurisdictionId());
        if (j.level() > Jurisdiction.COUNTY) {
            throw new BusinessException("MC-04", "监管专员由省、市、县级矿山安全监管部门选派（《山西省矿山安全监管专员制度》第五条）");
        }
        Commissioner.Department d = new Commissioner.Department(p.agencyId(),
                SupervisingLevel.ofJurisdictionLevel(j.level()), j.id(), p.scopePath());
        return commissioners.save(Commissioner.select(p.id(), p.name(), d, c, clock.instant(), actor.username())).id();
    }

    /** MC-05 (art. 8): adjustment or withdrawal of a commissioner. */
    public void changeAvailability(Actor actor, long commissionerId, Availability to) {
        require(actor, "mine:manage");
        Commissioner c = commissioners.findById(commissionerId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(COMMISSIONER));
        c.changeAvailability(to);
        commissioners.save(c);
    }

    /** MC-06: the commissioner's work phone, published on the portal (never the private phone). */
    public void changeContact(Actor actor, long commissionerId, String workPhone) {
        require(actor, "mine:manage");
        Commissioner c = commissioners.findById(commissionerId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(COMMISSIONER));
        String phone = workPhone == null ? "" : workPhone.strip();
        if (!cn.anjian.kernel.Phones.valid(phone)) {
            throw BusinessException.badInput("MC-06-PHONE", "工作电话格式不正确：" + cn.anjian.kernel.Phones.RULE);
        }
        c.contact(phone);
        commissioners.save(c);
    }

    private void parent(Actor actor, NewMine m) {
        if (m.kind() != MineKind.TAILINGS_POND) {
            throw BusinessException.badInput("MC-01-PARENT", "只有尾矿库可以附属于非煤矿山");
        }
        Mine parent = mines.findById(m.parentMineId()).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("所属矿山"));
        if (parent.kind() != MineKind.UNDERGROUND_NON_COAL && parent.kind() != MineKind.OPEN_PIT_NON_COAL) {
            throw BusinessException.badInput("MC-01-PARENT", "附属尾矿库应属于非煤矿山企业（《山西省矿山安全监管专员制度》第六条第（四）项）");
        }
    }

    /** The jurisdiction of the department at {@code level} that supervises a mine located in {@code jurisdictionId}. */
    private long department(long jurisdictionId, SupervisingLevel level) {
        Jurisdiction j = jurisdictions.get(jurisdictionId);
        if (j.level() == level.jurisdictionLevel()) {
            return j.id();
        }
        List<Jurisdiction> up = jurisdictions.ancestors(jurisdictionId);
        return up.stream().filter(a -> a.level() == level.jurisdictionLevel()).map(Jurisdiction::id).findFirst()
                .orElseThrow(() -> BusinessException.badInput("MC-01-LEVEL",
                        "该单位所在地没有" + level.label() + "矿山安全监管部门，请核对监管层级"));
    }

    static void require(Actor actor, String permission) {
        if (!actor.hasPermission(permission)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }
}
