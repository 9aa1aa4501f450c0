package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.TextKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Recording's step of the hearing case ({@link DemoCasesReady#HEARING_CASE}), once it is at execution (decided, served,
 * paid) and before the cases module closes it: the hearing (mandatory AV, art. 10) with its audio record, held on the
 * date the hearing notice named (7 working days after the notice was served, as the cases module's loader set it), the
 * direct service of the decision with its photo, and the paper records REC-02 requires that are still missing
 * (scans of the basis document, the investigation record, the internal approval form, …), with the scans of the
 * review's and the execution's paper records, so the dossier shows every step. Through the same gates,
 * as the demo officer; each only while missing, so a later start completes a partial load; a refusal is logged.
 */
@Component
@RequiredArgsConstructor
class PenaltyPathRecordingDemoData {

    private static final Logger log = LoggerFactory.getLogger(PenaltyPathRecordingDemoData.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** As the cases module's demo loader: the notice served 30 days ago, the hearing notice 4 days later. */
    private static final int HEARING_NOTICE_SERVED_DAYS_AGO = 26;
    private static final int HEARING_NOTICE_WORKING_DAYS = 7;

    private final ActingUsers users;
    private final Cases cases;
    private final RecordingService recording;
    private final Files files;
    private final RequiredTextRecords required;
    private final WorkingCalendar calendar;
    private final Clock clock;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_RECORDED)
    void onDemoCases(DemoCasesReady ready) {
        Optional<CaseRef> c = cases.findByTitle(DemoCasesReady.HEARING_CASE).filter(x -> x.stage() == CaseStage.EXECUTION);
        Optional<Actor> officer = users.actor("zz_officer");
        if (ready.cases().isEmpty() || c.isEmpty() || officer.isEmpty() || c.get().teamPersonIds() == null
                || c.get().teamPersonIds().isEmpty()) {
            return;
        }
        try {
            List<ActivityKind> done = recording.activitiesOf(c.get().id(), officer.get()).stream().map(ActivityView::kind).toList();
            LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.SHANGHAI)).truncatedTo(ChronoUnit.MINUTES);
            if (!done.contains(ActivityKind.HEARING)) {
                LocalDate hearing = calendar.addWorkingDays(now.toLocalDate().minusDays(HEARING_NOTICE_SERVED_DAYS_AGO),
                        HEARING_NOTICE_WORKING_DAYS).date();
                activity(c.get(), officer.get(), "HEARING", "泽州县应急管理局三楼听证室", hearing.atTime(9, 30), 5400,
                        "AUDIO", "听证会全程录音", DemoMedia.wav(349), "hearing-" + c.get().id() + ".wav");
            }
            if (!done.contains(ActivityKind.SERVICE)) { // the decision was served just now, when the demo was loaded
                activity(c.get(), officer.get(), "SERVICE", "泽州县高都镇铸造厂办公室", now.minusMinutes(20), 900,
                        "PHOTO", "直接送达行政处罚决定书现场照片", DemoMedia.png("送达" + c.get().id(), new Color(69, 90, 100)),
                        "service-" + c.get().id() + ".png");
            }
            paper(c.get(), officer.get());
            reviewAndExecutionPapers(c.get(), officer.get());
            log.info("Demo case “{}”: hearing and service recorded, paper records filed", DemoCasesReady.HEARING_CASE);
        } catch (RuntimeException e) { // a demo loader never stops the application from starting
            log.warn("Demo records of the hearing case not (fully) loaded: {}", e.getMessage());
        }
    }

    /** An on-site activity with one AV record of it, ended. */
    private void activity(CaseRef c, Actor a, String kind, String place, LocalDateTime start, int seconds, String avKind,
                          String title, byte[] bytes, String name) {
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity(kind, place, LOCAL.format(start), false), a);
        boolean photo = "PHOTO".equals(avKind);
        LocalDateTime from = photo ? start.plusMinutes(5) : start;
        LocalDateTime to = photo ? from : start.plusSeconds(seconds - 60L);
        RecordMetadata m = new RecordMetadata(c.id(), null, act, "AV", avKind, title, null, LOCAL.format(from), LOCAL.format(to),
                place, c.teamPersonIds().subList(0, Math.min(2, c.teamPersonIds().size())), "该厂负责人王某",
                photo ? "CAMERA" : "BODY_RECORDER", photo ? "XJ-11" : "DSJ-ZZ-05", List.of("SCENE", "EVIDENCE"), null, "true");
        StoredFile f = files.store(new ByteArrayInputStream(bytes), name, null, null, a);
        recording.addRecord(RecordInput.of(m), f, a);
        recording.endActivity(act, LOCAL.format(start.plusSeconds(seconds)), false, null, a);
    }

    /**
     * The paper records of the review and the execution, scanned: the signed legal review opinion and the minutes of
     * the heads' discussion (审查、法制审核), the party's application for instalments with its approval and the
     * payment slips (执行). Each only while no record of that title is on file.
     */
    private void reviewAndExecutionPapers(CaseRef c, Actor a) {
        List<String> present = recording.recordsOf(c.id(), a).stream().map(RecordView::title).toList();
        List<String[]> papers = List.of(
                new String[] {"DECISION", "INTERNAL_APPROVAL", "重大行政执法决定法制审核意见书（签批件扫描）"},
                new String[] {"DECISION", "INTERNAL_APPROVAL", "负责人集体讨论记录（扫描件）"},
                new String[] {"EXECUTION", "INTERNAL_APPROVAL", "分期缴纳罚款申请书及批准书（扫描件）"},
                new String[] {"EXECUTION", "OTHER", "罚款缴款凭证（两期，扫描件）"});
        int n = 0;
        for (String[] p : papers) {
            n++;
            if (present.contains(p[2])) {
                continue;
            }
            StoredFile f = files.store(new ByteArrayInputStream(DemoMedia.png(p[2] + c.id(), new Color(97, 97, 97))),
                    "scan-" + c.id() + "-" + p[0].toLowerCase(Locale.ROOT) + "-" + n + ".png", null, null, a);
            recording.addRecord(RecordInput.of(new RecordMetadata(c.id(), p[0], null, "TEXT", p[1], p[2], null, null, null, null,
                    List.of(), null, null, null, List.of(), null, null)), f, a);
        }
    }

    /** REC-02: the required records still missing that an officer keeps on paper, scanned (up to the current stage). */
    private void paper(CaseRef c, Actor a) {
        List<Requirement> missing = RequiredRecords.missing(required.due(c.id(), c.kind()), required.present(c.id())).stream()
                .filter(Requirement::uploadable).filter(r -> r.stage().ordinal() <= c.stage().ordinal()).toList();
        for (Requirement r : missing) {
            StoredFile f = files.store(new ByteArrayInputStream(DemoMedia.png(r.kind() + "-" + c.id(), new Color(97, 97, 97))),
                    "scan-" + c.id() + "-" + r.kind().name().toLowerCase(Locale.ROOT) + ".png", null, null, a);
            String title = r.kind() == TextKind.BASIS_DOCUMENT ? "关于开展工贸行业有限空间作业专项整治的通知（扫描件）" : r.label() + "（扫描件）";
            RecordMetadata m = new RecordMetadata(c.id(), r.stage().name(), null, "TEXT", r.kind().name(), title,
                    null, null, null, null, List.of(), null, null, null, List.of(), null, null);
            recording.addRecord(RecordInput.of(m), f, a);
        }
    }
}
