package cn.anjian.enforcement.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.InspectionPlanPublished;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.Outcome;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-07: the annual supervision and inspection plan of an agency (001 公示 art. 6(2) makes it part
 * of what is published before enforcement). Drafted by a unit head (or anyone holding plan:manage),
 * approved by the director through the one workflow, then published; a published plan is the one in
 * force for its agency and year, and changing it means a revision with a recorded reason that
 * supersedes it when the revision is published. Every gate refuses before anything changes.
 */
@Service
@Transactional(readOnly = true)
class InspectionPlans {

    static final String SUBJECT = "enf-inspection-plan";
    static final String WHAT = "检查计划";
    static final int PAGE_SIZE = 20;
    static final int MAX_ITEMS = 500;

    /** UNIT_HEAD (or another plan:manage holder) submits; the director of the same agency approves. */
    static final FlowDefinition APPROVAL = new FlowDefinition(SUBJECT, "年度监督检查计划",
            StepDefinition.of("director", "局长审批", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private static final String SELECT = """
            SELECT p.*, (SELECT count(*) FROM enf_plan_item i WHERE i.plan_id = p.id) AS item_count,
                   (SELECT coalesce(sum(planned_count), 0) FROM enf_plan_item i WHERE i.plan_id = p.id) AS planned_total
              FROM enf_plan p""";

    record NewItem(TargetKind kind, Long enterpriseId, Industry industry, String area, String content, String period,
                   String responsibleUnit, Integer plannedCount) {
    }

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Enterprises enterprises;
    private final Workflows workflows;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionPlans(JdbcClient jdbc, Agencies agencies, Enterprises enterprises, Workflows workflows,
                    Cases cases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.workflows = workflows;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    PlanViews.Plan get(Actor actor, long id) {
        PlanViews.Plan p = find(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, p.scopePath(), WHAT);
        return p;
    }

    java.util.Optional<PlanViews.Plan> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(InspectionPlans::map).optional();
    }

    List<PlanViews.Item> items(long planId) {
        return jdbc.sql("SELECT * FROM enf_plan_item WHERE plan_id = :p ORDER BY id").param("p", planId)
                .query(InspectionPlans::mapItem).list();
    }

    /** Plans in the actor's scope, newest year first; filters optional. */
    PlanViews.Page list(Actor actor, Integer year, PlanStatus status, int page) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("p.scope_path"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (year != null) {
            where.append(" AND p.plan_year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM enf_plan p" + where).params(params).query(Long.class).single();
        int pg = (int) Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
        List<PlanViews.Plan> items = jdbc.sql(SELECT + where + " ORDER BY p.plan_year DESC, p.id DESC LIMIT "
                + PAGE_SIZE + " OFFSET " + ((long) pg * PAGE_SIZE)).params(params).query(InspectionPlans::map).list();
        return new PlanViews.Page(items, pg, PAGE_SIZE, total);
    }

    // ---- changing ----

    @Transactional
    long create(Actor actor, Integer year, String title) {
        requireManage(actor);
        int y = year(year);
        String t = text(title, 200, "PLAN-TITLE", "计划名称");
        if (t == null) {
            t = y + " 年度安全生产监督检查计划";
        }
        Agency agency = agencies.get(actor.agencyId());
        if (inForce(agency.id(), y) != null) {
            throw new BusinessException("PLAN-IN-FORCE", agency.name() + y + " 年度计划已公布施行，如需变更请对其发起修订并说明理由");
        }
        requireNoOpen(agency.id(), y);
        long id = insert(actor, agency, y, t, 1, null, null);
        events.publishEvent(AuditableEvent.change("enforcement.plan.created", "inspection-plan", id, null,
                Map.of("year", y, "title", t, "agencyId", agency.id())));
        return id;
    }

    /** A revision of the plan in force: a new draft with the same items; it supersedes the plan when published. */
    @Transactional
    long revise(Actor actor, long planId, String reason) {
        requireManage(actor);
        PlanViews.Plan p = get(actor, planId);
        String r = text(reason, 500, "PLAN-REVISION-REASON", "修订理由");
        if (r == null) {
            throw BusinessException.badInput("PLAN-REVISION-REASON", "请填写修订理由");
        }
        if (p.status() != PlanStatus.PUBLISHED) {
            throw new BusinessException("PLAN-REVISE-STATE", "只能修订已公布施行的计划（当前：" + p.status().label() + "）");
        }
        requireNoOpen(p.agencyId(), p.year());
        Agency agency = agencies.get(p.agencyId());
        long id = insert(actor, agency, p.year(), p.title(), p.revision() + 1, p.id(), r);
        jdbc.sql("""
                INSERT INTO enf_plan_item (plan_id, target_kind, enterprise_id, target_name, industry, content, period,
                    responsible_unit, planned_count)
                SELECT :id, target_kind, enterprise_id, target_name, industry, content, period, responsible_unit, planned_count
                  FROM enf_plan_item WHERE plan_id = :from ORDER BY id""").param("id", id).param("from", p.id()).update();
        events.publishEvent(AuditableEvent.change("enforcement.plan.revision-started", "inspection-plan", id, null,
                Map.of("supersedes", p.id(), "reason", r, "revision", p.revision() + 1)));
        return id;
    }

    @Transactional
    long addItem(Actor actor, long planId, NewItem item) {
        requireManage(actor);
        PlanViews.Plan p = requireEditable(actor, planId);
        if (item == null || item.kind() == null) {
            throw BusinessException.badInput("PLAN-ITEM-KIND", "请选择检查对象类型");
        }
        String targetName;
        Long enterpriseId = null;
        Industry industry = item.industry();
        switch (item.kind()) {
            case ENTERPRISE -> {
                if (item.enterpriseId() == null) {
                    throw BusinessException.badInput("PLAN-ITEM-ENTERPRISE", "请选择生产经营单位");
                }
                EnterpriseView e = enterprises.find(actor, item.enterpriseId()).filter(x -> covers(p.scopePath(), x.scopePath()))
                        .orElseThrow(() -> BusinessException.badInput("PLAN-ITEM-ENTERPRISE", "生产经营单位不存在或不在本机构辖区内"));
                enterpriseId = e.id();
                targetName = e.name();
                industry = e.industry();
            }
            case INDUSTRY -> {
                if (industry == null) {
                    throw BusinessException.badInput("PLAN-ITEM-INDUSTRY", "请选择行业领域");
                }
                String area = text(item.area(), 100, "PLAN-ITEM-AREA", "区域");
                targetName = (area == null ? p.agencyName().replace("应急管理局", "") + "辖区" : area) + industry.label() + "企业";
            }
            default -> {
                targetName = text(item.area(), 200, "PLAN-ITEM-AREA", "区域");
                if (targetName == null) {
                    throw BusinessException.badInput("PLAN-ITEM-AREA", "请填写检查区域（乡镇、园区等）");
                }
            }
        }
        String content = text(item.content(), 1000, "PLAN-ITEM-CONTENT", "检查内容");
        if (content == null) {
            throw BusinessException.badInput("PLAN-ITEM-CONTENT", "请填写检查内容");
        }
        String period = period(item.period());
        String unit = text(item.responsibleUnit(), 100, "PLAN-ITEM-UNIT", "责任单位");
        if (unit == null) {
            throw BusinessException.badInput("PLAN-ITEM-UNIT", "请填写责任单位（科室）");
        }
        Integer count = item.plannedCount();
        if (count == null || count < 1 || count > 100_000) {
            throw BusinessException.badInput("PLAN-ITEM-COUNT", "计划检查次数（家次）须为 1 到 100000 之间的整数");
        }
        if (p.itemCount() >= MAX_ITEMS) {
            throw new BusinessException("PLAN-ITEM-LIMIT", "一个计划最多 " + MAX_ITEMS + " 项");
        }
        long id = jdbc.sql("""
                INSERT INTO enf_plan_item (plan_id, target_kind, enterprise_id, target_name, industry, content, period,
                    responsible_unit, planned_count)
                VALUES (:plan, :kind, :ent, :name, :industry, :content, :period, :unit, :count) RETURNING id""")
                .param("plan", planId).param("kind", item.kind().name()).param("ent", enterpriseId).param("name", targetName)
                .param("industry", industry == null ? null : industry.name()).param("content", content)
                .param("period", period).param("unit", unit).param("count", count).query(Long.class).single();
        touch(p);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("target", targetName);
        after.put("period", period);
        after.put("unit", unit);
        after.put("count", count);
        events.publishEvent(AuditableEvent.change("enforcement.plan.item-added", "inspection-plan-item", id, null, after));
        return id;
    }

    @Transactional
    void removeItem(Actor actor, long planId, long itemId) {
        requireManage(actor);
        PlanViews.Plan p = requireEditable(actor, planId);
        PlanViews.Item item = items(planId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("计划事项"));
        jdbc.sql("DELETE FROM enf_plan_item WHERE id = :id AND plan_id = :p").param("id", itemId).param("p", planId).update();
        touch(p);
        events.publishEvent(AuditableEvent.change("enforcement.plan.item-removed", "inspection-plan-item", itemId,
                Map.of("planId", planId, "target", item.targetName()), null));
    }

    /** Sends the plan to the director (a returned plan goes back into its flow from the first step). */
    @Transactional
    void submit(Actor actor, long planId) {
        requireManage(actor);
        PlanViews.Plan p = requireEditable(actor, planId);
        if (p.itemCount() == 0) {
            throw new BusinessException("PLAN-EMPTY", "计划还没有检查事项，不能报批");
        }
        Long flowId = p.flowId();
        if (p.status() == PlanStatus.RETURNED && flowId != null) {
            workflows.resubmit(new FlowId(flowId), actor, "已按意见修改计划");
        } else {
            flowId = workflows.start(APPROVAL, SUBJECT, String.valueOf(p.id()),
                    p.year() + " 年度监督检查计划" + (p.revision() > 1 ? "（第 " + p.revision() + " 版修订）" : "") + " · " + p.agencyName(),
                    "/plans/" + p.id(), p.agencyId(), actor).value();
        }
        transition(p, PlanStatus.SUBMITTED, "flow_id = :flow", Map.of("flow", flowId));
        events.publishEvent(AuditableEvent.change("enforcement.plan.submitted", "inspection-plan", p.id(),
                Map.of("status", p.status().name()), Map.of("status", PlanStatus.SUBMITTED.name(), "flowId", flowId)));
    }

    /** Same transaction as the director's decision (synchronous listener), so status and decision never diverge. */
    @EventListener
    @Transactional
    void on(FlowCompleted e) {
        if (!SUBJECT.equals(e.definitionCode())) {
            return;
        }
        PlanViews.Plan p = find(Long.parseLong(e.subjectId())).orElseThrow();
        PlanStatus to = e.outcome() == Outcome.APPROVED ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        requireState(p, PlanStatus.SUBMITTED);
        transition(p, to, "approved_at = :at", Map.of("at", Timestamp.from(clock.instant())));
        events.publishEvent(AuditableEvent.change("enforcement.plan." + to.name().toLowerCase(), "inspection-plan", p.id(),
                Map.of("status", p.status().name()), Map.of("status", to.name())));
    }

    @EventListener
    @Transactional
    void on(FlowReturned e) {
        if (!SUBJECT.equals(e.definitionCode())) {
            return;
        }
        PlanViews.Plan p = find(Long.parseLong(e.subjectId())).orElseThrow();
        requireState(p, PlanStatus.SUBMITTED);
        transition(p, PlanStatus.RETURNED, null, Map.of());
        events.publishEvent(AuditableEvent.change("enforcement.plan.returned", "inspection-plan", p.id(),
                Map.of("status", p.status().name()), Map.of("status", PlanStatus.RETURNED.name())));
    }

    /**
     * Publishes an approved plan: it becomes the plan in force of its agency and year, superseding the
     * plan it revises, and the publicity module puts it on the public portal (CASE-07).
     */
    @Transactional
    void publish(Actor actor, long planId) {
        requireManage(actor);
        PlanViews.Plan p = get(actor, planId);
        if (p.status() != PlanStatus.APPROVED) {
            throw new BusinessException("PLAN-NOT-APPROVED", "计划须经局长审批同意后才能公布（当前：" + p.status().label() + "）");
        }
        Instant now = clock.instant();
        if (p.supersedesId() != null) {
            PlanViews.Plan old = find(p.supersedesId()).orElseThrow();
            if (old.status() == PlanStatus.PUBLISHED) {
                transition(old, PlanStatus.SUPERSEDED, "superseded_at = :at", Map.of("at", Timestamp.from(now)));
                events.publishEvent(AuditableEvent.change("enforcement.plan.superseded", "inspection-plan", old.id(),
                        Map.of("status", old.status().name()), Map.of("status", PlanStatus.SUPERSEDED.name(), "by", p.id())));
            }
        }
        try {
            transition(p, PlanStatus.PUBLISHED, "published_at = :at, published_by = :by",
                    Map.of("at", Timestamp.from(now), "by", actor.username()));
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("PLAN-IN-FORCE", "该机构本年度已有施行中的计划");
        }
        events.publishEvent(AuditableEvent.change("enforcement.plan.published", "inspection-plan", p.id(),
                Map.of("status", p.status().name()), Map.of("status", PlanStatus.PUBLISHED.name())));
        Agency agency = agencies.get(p.agencyId());
        List<InspectionPlanPublished.Item> items = items(p.id()).stream().map(i -> new InspectionPlanPublished.Item(
                i.targetName(), i.content(), i.periodLabel(), i.responsibleUnit(), i.plannedCount())).toList();
        events.publishEvent(new InspectionPlanPublished(p.id(), p.agencyId(), p.agencyName(), agency.jurisdictionId(),
                p.scopePath(), p.year(), p.title(), p.revision(), p.supersedesId(), p.revisionReason(), items, now,
                actor.username()));
    }

    /**
     * "计划事项 → 案件": opens an inspection case for a named-enterprise item of the plan in force (source
     * ANNUAL_PLAN, basis = this plan, CASE-04). The team is set on the case afterwards (CASE-02).
     */
    @Transactional
    CaseRef openCase(Actor actor, long planId, long itemId) {
        requireManage(actor);
        PlanViews.Plan p = get(actor, planId);
        if (p.status() != PlanStatus.PUBLISHED) {
            throw new BusinessException("PLAN-NOT-IN-FORCE", "只有已公布施行的计划才能据以立案检查（当前：" + p.status().label() + "）");
        }
        PlanViews.Item item = items(planId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("计划事项"));
        if (item.kind() != TargetKind.ENTERPRISE) {
            throw new BusinessException("PLAN-ITEM-NO-PARTY", "该事项针对行业或区域，请在案件页面选择具体的生产经营单位立案");
        }
        LocalDate basisDate = LocalDate.ofInstant(p.publishedAt(), clock.getZone());
        CaseRef c = cases.openFrom(actor, new NewCase(CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN, p.title(),
                p.agencyName() + p.year() + "年度监督检查计划（第 " + p.revision() + " 版）", basisDate, item.enterpriseId(), null,
                "计划检查：" + item.targetName(), null, null), new CaseOrigin("PLAN_ITEM", item.id()));
        events.publishEvent(AuditableEvent.change("enforcement.plan.case-opened", "inspection-plan-item", item.id(), null,
                Map.of("caseId", c.id(), "caseNumber", c.caseNumber())));
        return c;
    }

    // ---- helpers ----

    private long insert(Actor actor, Agency agency, int year, String title, int revision, Long supersedes, String reason) {
        try {
            return jdbc.sql("""
                    INSERT INTO enf_plan (agency_id, agency_name, jurisdiction_id, scope_path, plan_year, title, status,
                        revision, supersedes_id, revision_reason, created_by, created_at)
                    VALUES (:a, :an, :j, :path, :y, :t, 'DRAFT', :rev, :sup, :reason, :by, :at) RETURNING id""")
                    .param("a", agency.id()).param("an", agency.name()).param("j", agency.jurisdictionId())
                    .param("path", agency.scopePath()).param("y", year).param("t", title).param("rev", revision)
                    .param("sup", supersedes).param("reason", reason).param("by", actor.username())
                    .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw openExists(year);
        }
    }

    private Long inForce(long agencyId, int year) {
        return jdbc.sql("SELECT id FROM enf_plan WHERE agency_id = :a AND plan_year = :y AND status = 'PUBLISHED'")
                .param("a", agencyId).param("y", year).query(Long.class).optional().orElse(null);
    }

    private void requireNoOpen(long agencyId, int year) {
        if (jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM enf_plan WHERE agency_id = :a AND plan_year = :y
                   AND status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))""")
                .param("a", agencyId).param("y", year).query(Boolean.class).single()) {
            throw openExists(year);
        }
    }

    private static BusinessException openExists(int year) {
        return BusinessException.conflict("PLAN-OPEN", year + " 年度已有一份正在编制或审批中的计划，请在其上继续办理");
    }

    private PlanViews.Plan requireEditable(Actor actor, long planId) {
        PlanViews.Plan p = get(actor, planId);
        if (!p.status().editable()) {
            throw new BusinessException("PLAN-NOT-EDITABLE", "计划" + p.status().label() + "，不能修改（只有草稿或退回修改的计划可以修改）");
        }
        return p;
    }

    private static void requireState(PlanViews.Plan p, PlanStatus expected) {
        if (p.status() != expected) {
            throw BusinessException.conflict("PLAN-STATE", "计划状态已变化（当前：" + p.status().label() + "），请刷新后重试");
        }
    }

    /** Compare-and-set on status and version: a concurrent change makes this a 409, nothing half-done. */
    private void transition(PlanViews.Plan p, PlanStatus to, String extraSet, Map<String, ?> extra) {
        int n = jdbc.sql("UPDATE enf_plan SET status = :to, version = version + 1" + (extraSet == null ? "" : ", " + extraSet)
                        + " WHERE id = :id AND version = :v AND status = :from")
                .params(extra).param("to", to.name()).param("id", p.id()).param("v", p.version())
                .param("from", p.status().name()).update();
        if (n == 0) {
            throw BusinessException.conflict("PLAN-STALE", "计划已被他人修改，请刷新后重试");
        }
    }

    private void touch(PlanViews.Plan p) {
        int n = jdbc.sql("UPDATE enf_plan SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", p.id()).param("v", p.version()).update();
        if (n == 0) {
            throw BusinessException.conflict("PLAN-STALE", "计划已被他人修改，请刷新后重试");
        }
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有管理检查计划的权限");
        }
    }

    private static boolean covers(String scope, String path) {
        return path != null && path.startsWith(scope);
    }

    static int year(Integer year) {
        if (year == null) {
            throw BusinessException.badInput("PLAN-YEAR", "请填写计划年度");
        }
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("PLAN-YEAR", "计划年度须在 2000 到 2100 之间");
        }
        return year;
    }

    static String period(String raw) {
        String p = raw == null ? "" : raw.strip().toUpperCase();
        if (p.matches("M([1-9]|1[0-2])|Q[1-4]")) {
            return p;
        }
        throw BusinessException.badInput("PLAN-ITEM-PERIOD", "请选择计划实施的月份或季度");
    }

    static String text(String raw, int max, String code, String label) {
        return cn.anjian.kernel.Params.text(code, label, raw, max, false);
    }

    private static PlanViews.Plan map(ResultSet rs, int n) throws SQLException {
        return new PlanViews.Plan(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getString("scope_path"), rs.getInt("plan_year"), rs.getString("title"),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), (Long) rs.getObject("supersedes_id"),
                rs.getString("revision_reason"), (Long) rs.getObject("flow_id"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "approved_at"), rs.getString("published_by"),
                instant(rs, "published_at"), instant(rs, "superseded_at"), rs.getInt("version"),
                rs.getInt("item_count"), rs.getInt("planned_total"));
    }

    private static PlanViews.Item mapItem(ResultSet rs, int n) throws SQLException {
        String industry = rs.getString("industry");
        return new PlanViews.Item(rs.getLong("id"), TargetKind.valueOf(rs.getString("target_kind")),
                (Long) rs.getObject("enterprise_id"), rs.getString("target_name"), industry,
                industry == null ? "" : Industry.valueOf(industry).label(), rs.getString("content"), rs.getString("period"),
                PlanViews.periodLabel(rs.getString("period")), rs.getString("responsible_unit"), rs.getInt("planned_count"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
