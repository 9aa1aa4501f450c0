package cn.anjian.recording.internal;

import java.io.ByteArrayInputStream;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo records for the demo cases (after {@link DemoCasesReady}), through the same domain gates, acting
 * as the real demo officers: photos and audio segments with their AV metadata, one step whose mandatory
 * AV record is missing (REC-03 flag, upload overdue), one session with a gap (REC-06). Bytes are generated
 * here (PNG, WAV). Runs once: it stops when a demo case already has an activity.
 */
@Component
class RecordingDemoData {

    private static final Logger log = LoggerFactory.getLogger(RecordingDemoData.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Environment environment;
    private final ActingUsers users;
    private final RecordingService recording;
    private final Files files;
    private final Clock clock;
    private final RequiredTextRecords required;

    RecordingDemoData(Environment environment, ActingUsers users, RecordingService recording, Files files, Clock clock,
                      RequiredTextRecords required) {
        this.required = required;
        this.environment = environment;
        this.users = users;
        this.recording = recording;
        this.files = files;
        this.clock = clock;
    }

    @EventListener
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment) || ready.cases().isEmpty()) {
            return;
        }
        receipts(ready.cases());
        List<Long> ids = ready.cases().stream().map(CaseRef::id).toList();
        if (recording.anyActivity(ids)) {
            return;
        }
        List<CaseRef> working = ready.cases().stream()
                .filter(c -> c.stage().ordinal() >= CaseStage.INVESTIGATION.ordinal() && c.stage() != CaseStage.ARCHIVED)
                .filter(c -> c.teamPersonIds() != null && !c.teamPersonIds().isEmpty())
                .toList();
        List<CaseRef> open = working.stream()
                .filter(c -> !(c.stage() == CaseStage.CLOSURE && c.kind() == cn.anjian.enforcement.CaseKind.INSPECTION)).toList();
        try {
            int n = 0;
            for (CaseRef c : open) {
                Optional<Actor> actor = actorFor(c);
                if (actor.isEmpty()) {
                    continue;
                }
                switch (n++) {
                    case 0 -> complete(c, actor.get());
                    case 1 -> missingAv(c, actor.get());
                    case 2 -> gap(c, actor.get());
                    default -> photosOnly(c, actor.get());
                }
            }
            // an inspection closed today whose on-site inspection ended 60 days ago: its archive deadline (art. 19,
            // from the end of the inspection) has passed by today's clock
            for (CaseRef c : working) {
                if (c.stage() == CaseStage.CLOSURE && c.kind() == cn.anjian.enforcement.CaseKind.INSPECTION) {
                    Optional<Actor> actor = actorFor(c);
                    if (actor.isPresent()) {
                        lateInspection(c, actor.get());
                        recording.restartPendingArchiveDeadline(c);
                        break;
                    }
                }
            }
            log.info("Demo recording data: records for {} demo cases", n);
        } catch (RuntimeException e) {
            log.warn("Demo recording data not loaded: {}", e.getMessage());
        }
    }

    /**
     * REC-02 (art. 8(二)4): coercive and licence decisions are numbered without a generated document, so they are
     * served on paper; for each such demo case waiting at SERVICE the scanned 送达回执 is uploaded as a text record
     * (the cases module then takes the case on to closure through the REC-02 gate). Idempotent: only what is missing.
     */
    private void receipts(List<CaseRef> demo) {
        for (CaseRef c : demo) {
            if (c.stage() != CaseStage.SERVICE || (c.kind() != cn.anjian.enforcement.CaseKind.COERCIVE
                    && c.kind() != cn.anjian.enforcement.CaseKind.LICENCE)) {
                continue;
            }
            List<Requirement> missing = RequiredRecords.missing(required.requirements(c.kind()), required.present(c.id())).stream()
                    .filter(r -> r.stage() == CaseStage.SERVICE && r.docType() == null).toList();
            Optional<Actor> actor = actorFor(c);
            if (missing.isEmpty() || actor.isEmpty()) {
                continue;
            }
            try {
                for (Requirement r : missing) {
                    StoredFile f = files.store(new ByteArrayInputStream(DemoMedia.png("回执" + c.id(), new Color(97, 97, 97))),
                            "receipt-" + c.id() + ".png", null, null, actor.get());
                    RecordMetadata m = new RecordMetadata(c.id(), CaseStage.SERVICE.name(), null, "TEXT", r.kind().name(),
                            r.label() + "（扫描件）", null, null, null, null, List.of(), null, null, null, List.of(), null);
                    recording.addRecord(RecordInput.of(m), f, actor.get());
                }
            } catch (RuntimeException e) {
                log.warn("Demo receipt for case {} not filed: {}", c.id(), e.getMessage());
            }
        }
    }

    /** The demo officer of the case's county (zz_ / sc_ users), acting with their real permissions. */
    private Optional<Actor> actorFor(CaseRef c) {
        for (String u : List.of("zz_officer", "sc_officer", "zz_unithead")) {
            Optional<Actor> a = users.actor(u);
            if (a.isPresent() && a.get().scope().covers(c.scopePath()) && a.get().hasPermission("record:upload")) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** An inspection with photos and two continuous audio segments (3 s apart: within tolerance), uploaded in time. */
    private void complete(CaseRef c, Actor a) {
        Instant start = dayAt(-2, 9, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "主井口及调度室", local(start), false), a);
        add(c, a, act, "PHOTO", "主井口现场照片", start.plusSeconds(120), start.plusSeconds(120), "主井口及调度室", "CAMERA", "XJ-01", DemoMedia.png("主井口", new Color(46, 125, 50)), "photo-1.png");
        add(c, a, act, "PHOTO", "瓦斯监测记录屏", start.plusSeconds(900), start.plusSeconds(900), "主井口及调度室", "CAMERA", "XJ-01", DemoMedia.png("监测屏", new Color(21, 101, 192)), "photo-2.png");
        add(c, a, act, "AUDIO", "现场检查录音（第一段）", start, start.plusSeconds(1800), "主井口及调度室", "BODY_RECORDER", "DSJ-ZZ-01", DemoMedia.wav(440), "audio-1.wav");
        add(c, a, act, "AUDIO", "现场检查录音（第二段）", start.plusSeconds(1803), start.plusSeconds(3600), "主井口及调度室", "BODY_RECORDER", "DSJ-ZZ-01", DemoMedia.wav(523), "audio-2.wav");
        recording.endActivity(act, local(start.plusSeconds(3700)), false, null, a);
    }

    /** A sealing (mandatory AV) that ended yesterday without any AV record: flagged, upload overdue at the next scan. */
    private void missingAv(CaseRef c, Actor a) {
        Instant start = dayAt(-1, 14, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("SEALING_SEIZURE", "三号煤仓", local(start), false), a);
        recording.endActivity(act, local(start.plusSeconds(5400)), false, null, a);
    }

    /** An inquiry recorded in two segments 12 s apart on the same device: the second is flagged (REC-06). */
    private void gap(CaseRef c, Actor a) {
        Instant start = dayAt(-3, 10, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INQUIRY", "企业会议室", local(start), false), a);
        add(c, a, act, "AUDIO", "询问录音（第一段）", start, start.plusSeconds(1200), "企业会议室", "BODY_RECORDER", "DSJ-02", DemoMedia.wav(392), "inquiry-1.wav");
        add(c, a, act, "AUDIO", "询问录音（第二段）", start.plusSeconds(1212), start.plusSeconds(2400), "企业会议室", "BODY_RECORDER", "DSJ-02", DemoMedia.wav(330), "inquiry-2.wav");
        recording.endActivity(act, local(start.plusSeconds(2500)), false, null, a);
    }

    /** The on-site inspection of a closed case, 60 days ago, with its photo. */
    private void lateInspection(CaseRef c, Actor a) {
        Instant start = dayAt(-60, 9, 30);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "采场边坡", local(start), false), a);
        add(c, a, act, "PHOTO", "采场边坡照片", start.plusSeconds(600), start.plusSeconds(600), "采场边坡", "CAMERA", "XJ-05",
                DemoMedia.png("边坡", new Color(251, 140, 0)), "slope.png");
        recording.endActivity(act, local(start.plusSeconds(5400)), false, null, a);
    }

    private void photosOnly(CaseRef c, Actor a) {
        Instant start = dayAt(-4, 15, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("SURVEY", "采区巷道", local(start), false), a);
        add(c, a, act, "PHOTO", "巷道支护照片", start.plusSeconds(60), start.plusSeconds(60), "采区巷道", "PHONE", null, DemoMedia.png("巷道", new Color(109, 76, 65)), "survey.png");
        recording.endActivity(act, local(start.plusSeconds(3600)), false, null, a);
    }

    private void add(CaseRef c, Actor a, long activity, String kind, String title, Instant start, Instant end, String place,
                     String device, String deviceId, byte[] bytes, String name) {
        StoredFile f = files.store(new ByteArrayInputStream(bytes), name, null, null, a);
        RecordMetadata m = new RecordMetadata(c.id(), null, activity, "AV", kind, title, null, local(start), local(end), place,
                c.teamPersonIds().subList(0, Math.min(2, c.teamPersonIds().size())), "企业负责人", device, deviceId,
                List.of("SCENE", "EVIDENCE"), null);
        recording.addRecord(RecordInput.of(m), f, a);
    }

    private Instant dayAt(int days, int hour, int minute) {
        return LocalDateTime.now(clock.withZone(Zones.SHANGHAI)).truncatedTo(ChronoUnit.DAYS).plusDays(days)
                .withHour(hour).withMinute(minute).atZone(Zones.SHANGHAI).toInstant();
    }

    private static String local(Instant i) {
        return LOCAL.format(i.atZone(Zones.SHANGHAI));
    }
}
