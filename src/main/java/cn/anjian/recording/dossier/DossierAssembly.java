package cn.anjian.recording.dossier;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.recording.TextKind;
import cn.anjian.recording.dossier.DossierView.AvEntry;
import cn.anjian.recording.dossier.DossierView.Entry;
import cn.anjian.recording.dossier.DossierView.Section;
import cn.anjian.recording.internal.RecordView;
import cn.anjian.recording.internal.RecordingService;
import cn.anjian.recording.internal.RequiredRecords;
import cn.anjian.recording.internal.RequiredTextRecords;
import cn.anjian.recording.internal.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-16: assembles a case's dossier from the case, its records (in the viewer's scope and clearance, REC-12) and
 * the REC-02 requirements: every text record in the statutory order 立案 → 调查取证 → 告知、听证 → 审查、法制审核 → 决定 →
 * 送达 → 执行 → 结案 (by the stage it was filed for, then its kind), each AV record by name and SHA-256.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DossierAssembly {

    static final String RETENTION = "长期";

    private final JdbcClient jdbc;
    private final Cases cases;
    private final RecordingService recording;
    private final RequiredTextRecords required;
    private final DossierNumbers numbers;

    DossierView assemble(Actor actor, long caseId) {
        CaseRef c = cases.ref(caseId, actor);
        List<RecordView> records = recording.recordsOf(caseId, actor).stream().filter(r -> !r.destroyed()).toList();
        Map<Long, String> docTypes = jdbc.sql("SELECT id, coalesce(doc_type, '') FROM rec_record WHERE case_id = :c").param("c", caseId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<RecordView> text = new ArrayList<>(records.stream().filter(r -> !r.av()).toList());
        text.sort(Comparator.comparing((RecordView r) -> section(r.stage(), TextKind.valueOf(r.kind()), docTypes.get(r.id())))
                .thenComparing(RecordView::createdAt).thenComparing(RecordView::id));
        List<Entry> entries = new ArrayList<>();
        for (RecordView r : text) {
            StoredFile f = r.fileId() == null ? null : recording.fileOf(r, actor);
            entries.add(new Entry(entries.size() + 1, section(r.stage(), TextKind.valueOf(r.kind()), docTypes.get(r.id())), r.id(),
                    r.title(), r.documentNumber(), r.createdAt(), r.fileId(), f == null ? null : f.originalName(),
                    f == null ? null : f.sha256(), r.filedLate()));
        }
        List<AvEntry> av = new ArrayList<>();
        for (RecordView r : records.stream().filter(RecordView::av).toList()) {
            StoredFile f = r.fileId() == null ? null : recording.fileOf(r, actor);
            av.add(new AvEntry(av.size() + 1, r.title(), r.kindLabel(), r.capturedStart() == null ? r.createdAt() : r.capturedStart(),
                    f == null ? null : f.originalName(), f == null ? null : f.sha256()));
        }
        List<Requirement> due = required.due(caseId, c.kind());
        List<String> missing = RequiredRecords.missing(due, required.present(caseId)).stream().map(Requirement::describe).toList();
        DossierNumbers.Numbered n = numbers.find(caseId).orElse(null);
        String agency = n != null ? n.agencyName() : jdbc.sql("SELECT name FROM org_agency_view WHERE id = :a")
                .param("a", c.agencyId()).query(String.class).optional().orElse("");
        DossierView.Cover cover = new DossierView.Cover(c.id(), agency, c.caseNumber(), c.title(), c.partyName(), c.kind().label(),
                c.openedAt(), c.closedAt(), recording.caseFile(caseId).archivedAt(), n == null ? null : n.archiveNumber(), RETENTION,
                "共 " + (n == null ? 1 : n.volumes()) + " 卷 第 1 卷");
        return new DossierView(cover, entries, av, missing);
    }

    /** Where a text record belongs in the statutory order. */
    static Section section(CaseStage stage, TextKind kind, String docType) {
        if (kind == TextKind.SERVICE_RECEIPT) {
            return Section.SERVICE;
        }
        if ("PENALTY_NOTICE".equals(docType) || kind == TextKind.HEARING_REPORT) {
            return Section.NOTICE;
        }
        return switch (stage) {
            case INITIATION -> Section.INITIATION;
            case INVESTIGATION -> Section.INVESTIGATION;
            case DECISION -> kind == TextKind.DECISION ? Section.DECISION : Section.REVIEW;
            case SERVICE -> Section.SERVICE;
            case EXECUTION -> Section.EXECUTION;
            case CLOSURE, ARCHIVED -> Section.CLOSURE;
        };
    }
}
