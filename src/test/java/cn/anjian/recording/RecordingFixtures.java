package cn.anjian.recording;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.internal.RecordInput;
import cn.anjian.recording.internal.RecordView;
import cn.anjian.recording.internal.RecordingService;
import cn.anjian.recording.internal.RequiredRecords;
import cn.anjian.recording.internal.RequiredTextRecords;
import cn.anjian.recording.internal.Requirement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.NewMember;
import cn.anjian.enforcement.cases.TeamRole;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.officers.OfficerFixtures;
import org.springframework.stereotype.Component;

/** Cases with a team at a chosen stage, actors of the real Zezhou/Shenchi agencies, stored files — for recording tests. */
@Component
class RecordingFixtures {

    static final AtomicInteger SEQ = new AtomicInteger(7000);
    static final String[] STAFF = {"case:read", "case:manage", "record:read", "record:upload", "record:export", "file:upload",
            "file:read", "personnel:read", "enterprise:read", "enterprise:manage"};

    final Jurisdictions jurisdictions;
    final Agencies agencies;
    final People people;
    final OfficerFixtures officers;
    final Enterprises enterprises;
    final Cases cases;
    final CaseService caseService;
    final CaseDocuments documents;
    final Files files;
    final Clock clock;
    final RecordingService recording;
    final RequiredTextRecords required;

    RecordingFixtures(Jurisdictions jurisdictions, Agencies agencies, People people, OfficerFixtures officers, Enterprises enterprises,
                      Cases cases, CaseService caseService, CaseDocuments documents, Files files, Clock clock,
                      RecordingService recording, RequiredTextRecords required) {
        this.recording = recording;
        this.required = required;
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
        this.people = people;
        this.officers = officers;
        this.enterprises = enterprises;
        this.cases = cases;
        this.caseService = caseService;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
    }

    TestActor actor(String code, String username, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        Long unit = agencies.units(a.id()).stream().filter(u -> u.kind() == UnitKind.INDUSTRY_SUPERVISION)
                .map(OrgUnit::id).findFirst().orElse(null);
        return new TestActor(9000 + Math.abs(username.hashCode() % 1000), username, username, a.id(), a.name(), unit, j.id(),
                new Scope(j.path()), Set.of(perms.length == 0 ? STAFF : perms));
    }

    /** Zezhou case staff (no clearance for classified records). */
    TestActor zz() {
        return actor("140525", "rec_zz");
    }

    TestActor zzHead() {
        List<String> p = new ArrayList<>(List.of(STAFF));
        p.addAll(List.of("record:manage", "record:clearance-commercial", "record:clearance-privacy"));
        return actor("140525", "rec_zz_head", p.toArray(String[]::new));
    }

    TestActor sc() {
        return actor("140927", "rec_sc");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long officer(String name) {
        TestActor hr = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        LocalDate day = today();
        PersonView p = people.create(hr, NewPerson.basic(name, IdCards.next(true), "13800004444"));
        officers.certify(hr, p.id(), day, "晋执R" + p.id());
        return p.id();
    }

    /**
     * A Zezhou case of {@code kind} with a two-officer team, advanced to {@code stage} (up to DECISION), with the
     * documents REC-02 requires of its stages generated on the way (现场检查记录; 行政处罚告知书 for a penalty) and the
     * paper records uploaded at their stage (basis document, internal approval form, licence materials).
     */
    CaseRef caseAt(CaseKind kind, String title, CaseStage stage) {
        return caseAt(kind, title, stage, true);
    }

    /** The same without any document (for the REC-02 gate itself, and tests that count the records of a case). */
    CaseRef bareCaseAt(CaseKind kind, String title, CaseStage stage) {
        return caseAt(kind, title, stage, false);
    }

    private CaseRef caseAt(CaseKind kind, String title, CaseStage stage, boolean documented) {
        TestActor zz = zz();
        String code = CreditCode.complete("91140525MC" + String.format("%07d", SEQ.incrementAndGet() * 7919 % 10_000_000)).value();
        long e = enterprises.create(zz, new EnterpriseForm(title + "（企业）", code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        CaseRef c = cases.open(zz, new NewCase(kind, CaseSource.SPECIAL_CAMPAIGN, "关于开展煤矿安全生产专项整治的通知", "泽应急〔2026〕9号",
                today().minusDays(5), e, null, title, "泽州县测试镇", null)
                .withViolation(kind == CaseKind.PENALTY ? new cn.anjian.enforcement.ViolationFacts(today().minusDays(10), false, false, null) : null));
        caseService.setTeam(zz, c.id(), List.of(new NewMember(officer(title + "甲"), TeamRole.LEADER),
                new NewMember(officer(title + "乙"), TeamRole.MEMBER)));
        if (documented) {
            paper(c, CaseStage.INITIATION);
        }
        for (CaseStage s = CaseStage.INVESTIGATION; s.ordinal() <= stage.ordinal(); s = s.next()) {
            caseService.transition(zz, c.id(), s, null);
            if (documented) {
                paper(c, s);
            }
            if (documented && s == CaseStage.INVESTIGATION) {
                documents.generate(zz, c.id(), "INSPECTION_RECORD", new CaseDocuments.DocumentFields("现场检查情况", null, null, null, null));
            }
            if (documented && s == CaseStage.DECISION && kind == CaseKind.PENALTY) {
                documents.generate(zz, c.id(), "PENALTY_NOTICE", new CaseDocuments.DocumentFields("违法事实", "《中华人民共和国安全生产法》", "拟处罚款", null, null));
            }
        }
        return cases.find(c.id()).orElseThrow();
    }

    /** REC-02: a scan uploaded for every missing uploadable requirement of {@code stage} that applies to the case. */
    void paper(CaseRef c, CaseStage stage) {
        for (Requirement r : RequiredRecords.missing(required.due(c.id(), c.kind()), required.present(c.id()))) {
            if (r.uploadable() && r.stage() == stage) {
                text(c, stage, r.kind(), r.label() + "（扫描件）");
            }
        }
    }

    /** REC-02: every missing uploadable requirement up to the case's current stage. */
    void paper(CaseRef c) {
        CaseStage now = cases.find(c.id()).orElseThrow().stage();
        for (CaseStage s = CaseStage.INITIATION; s != null && s.ordinal() <= now.ordinal(); s = s.next()) {
            paper(c, s);
        }
    }

    RecordView text(CaseRef c, CaseStage stage, TextKind kind, String title) {
        RecordMetadata m = new RecordMetadata(c.id(), stage.name(), null, "TEXT", kind.name(), title, null, null, null, null,
                List.of(), null, null, null, List.of(), null, null);
        return recording.addRecord(RecordInput.of(m), file(unique(title), "scan.pdf"), zz());
    }

    /** REC-03: an on-site inspection that started at {@code start}, with a photo (the party told), ended an hour later. */
    long onSiteInspection(CaseRef c, Instant start) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(Zones.SHANGHAI);
        long a = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "现场", f.format(start), false), zz());
        RecordMetadata m = new RecordMetadata(c.id(), null, a, "AV", "PHOTO", "现场照片", null, f.format(start.plusSeconds(60)),
                f.format(start.plusSeconds(60)), "现场", cases.find(c.id()).orElseThrow().teamPersonIds(), "企业负责人",
                "CAMERA", "XJ-T", List.of("SCENE"), null, "true");
        recording.addRecord(RecordInput.of(m), file(unique("inspection photo"), "photo.png"), zz());
        recording.endActivity(a, f.format(start.plusSeconds(3600)), false, null, zz());
        return a;
    }

    /** Everything REC-02 and REC-03 ask before closure that a test does not prove itself: paper records, the on-site inspection. */
    void closable(CaseRef c) {
        paper(c);
        if (c.kind() == CaseKind.INSPECTION) {
            onSiteInspection(c, clock.instant().minus(java.time.Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    StoredFile file(byte[] bytes, String name) {
        return files.store(new ByteArrayInputStream(bytes), name, null, null, zz());
    }

    static byte[] unique(String text) {
        return (text + " " + System.nanoTime() + " " + new Random().nextLong()).getBytes(StandardCharsets.UTF_8);
    }
}
