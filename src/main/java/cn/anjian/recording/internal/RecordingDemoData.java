package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

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
 * as the real demo officers. First the paper records REC-02 requires of the stages each case has left (scans of the
 * basis documents, internal approval forms, receipts of decisions served on paper, licence materials), only what is
 * missing. Then, once, on-site activities with their AV records (REC-05, REC-13): photos and audio segments, one
 * session with a gap (REC-06), one AV record made without telling the party (REC-13), and the inspection case at
 * execution whose direct service (mandatory AV since art. 10 names 送达) has no AV record: it stays flagged and its
 * closure is refused (REC-03). Bytes are generated here (PNG, WAV). The closing demo cases are closed by the cases
 * module afterwards, through the REC-02/REC-03 gates.
 */
@Component
@RequiredArgsConstructor
class RecordingDemoData {

    private static final Logger log = LoggerFactory.getLogger(RecordingDemoData.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Environment environment;
    private final ActingUsers users;
    private final RecordingService recording;
    private final Files files;
    private final Clock clock;
    private final RequiredTextRecords required;

    @EventListener
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment) || ready.cases().isEmpty()) {
            return;
        }
        ready.cases().forEach(this::paper);
        List<Long> ids = ready.cases().stream().map(CaseRef::id).toList();
        if (recording.anyActivity(ids)) {
            return;
        }
        int n = 0;
        for (CaseRef c : ready.cases()) {
            Optional<Actor> actor = actorFor(c);
            if (actor.isEmpty() || c.teamPersonIds() == null || c.teamPersonIds().isEmpty() || c.stage() == CaseStage.ARCHIVED) {
                continue;
            }
            try {
                n += onSite(c, actor.get()) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo recording data of case {} not loaded: {}", c.id(), e.getMessage());
            }
        }
        log.info("Demo recording data: on-site records for {} demo cases", n);
    }

    /** The on-site activities of one demo case, by its title (the titles of enforcement's CaseDemoData). */
    private boolean onSite(CaseRef c, Actor a) {
        switch (c.title()) {
            case "泽州县鑫源煤业双随机抽查" -> complete(c, a);
            case "兰花煤化工泽州分公司违规动火作业举报案" -> gap(c, a);
            case "福盛钢铁有限空间作业专项检查处罚案" -> notInformed(c, a);
            case "金村镇天然气加气站年度检查责令整改" -> {
                inspection(c, a, -5, "加气机及储气井区", "XJ-03");
                serviceWithoutAv(c, a);
            }
            case "川底乡石料厂双随机抽查（未发现问题）" -> inspection(c, a, -60, "采场边坡", "XJ-05");
            case "金鼎煤业停产整顿期间违规生产查封案", "太平庄乡铁矿专项整治查封扣押案" -> sealing(c, a);
            case "晋庙铺石灰岩矿非法开采涉嫌犯罪移送案", "龙泉煤矿超层越界开采举报案" -> photosOnly(c, a);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * REC-02 (art. 8): the required records an officer keeps on paper, scanned and uploaded as text records of their
     * stage — for the stages the case has left, its first stage, and the 送达回执 of a coercive or licence decision
     * served on paper (the cases module then takes such a case on to closure). Idempotent: only what is missing.
     */
    private void paper(CaseRef c) {
        Optional<Actor> actor = actorFor(c);
        if (actor.isEmpty()) {
            return;
        }
        boolean paperService = c.stage() == CaseStage.SERVICE
                && (c.kind() == cn.anjian.enforcement.CaseKind.COERCIVE || c.kind() == cn.anjian.enforcement.CaseKind.LICENCE);
        List<Requirement> missing = RequiredRecords.missing(required.due(c.id(), c.kind()), required.present(c.id())).stream()
                .filter(Requirement::uploadable)
                .filter(r -> r.stage().ordinal() < c.stage().ordinal() || r.stage() == CaseStage.INITIATION
                        || paperService && r.stage() == CaseStage.SERVICE)
                .toList();
        try {
            for (Requirement r : missing) {
                StoredFile f = files.store(new ByteArrayInputStream(DemoMedia.png(r.kind() + "-" + c.id(), new Color(97, 97, 97))),
                        "scan-" + c.id() + "-" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ".png", null, null, actor.get());
                String title = r.kind() == cn.anjian.recording.TextKind.BASIS_DOCUMENT ? "执法依据文件（扫描件）" : r.label() + "（扫描件）";
                RecordMetadata m = new RecordMetadata(c.id(), r.stage().name(), null, "TEXT", r.kind().name(), title,
                        null, null, null, null, List.of(), null, null, null, List.of(), null, null);
                recording.addRecord(RecordInput.of(m), f, actor.get());
            }
        } catch (RuntimeException e) {
            log.warn("Demo paper records of case {} not filed: {}", c.id(), e.getMessage());
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

    /**
     * REC-03: the rectification order was served directly yesterday without any AV record (art. 10: 送达 is AV-recorded):
     * flagged, upload overdue at the next scan, and the case's closure is refused until AV or an accepted reason is on file.
     */
    private void serviceWithoutAv(CaseRef c, Actor a) {
        Instant start = dayAt(-1, 14, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("SERVICE", "加气站站长办公室", local(start), false), a);
        recording.endActivity(act, local(start.plusSeconds(1200)), false, null, a);
    }

    /** An inquiry recorded in two segments 12 s apart on the same device: the second is flagged (REC-06). */
    private void gap(CaseRef c, Actor a) {
        Instant start = dayAt(-3, 10, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INQUIRY", "企业会议室", local(start), false), a);
        add(c, a, act, "AUDIO", "询问录音（第一段）", start, start.plusSeconds(1200), "企业会议室", "BODY_RECORDER", "DSJ-02", DemoMedia.wav(392), "inquiry-1.wav");
        add(c, a, act, "AUDIO", "询问录音（第二段）", start.plusSeconds(1212), start.plusSeconds(2400), "企业会议室", "BODY_RECORDER", "DSJ-02", DemoMedia.wav(330), "inquiry-2.wav");
        recording.endActivity(act, local(start.plusSeconds(2500)), false, null, a);
    }

    /** An on-site inspection {@code days} ago with its photo (the inspection case's on-site activity, REC-03). */
    private void inspection(CaseRef c, Actor a, int days, String place, String camera) {
        Instant start = dayAt(days, 9, 30);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", place, local(start), false), a);
        add(c, a, act, "PHOTO", place + "现场照片", start.plusSeconds(600), start.plusSeconds(600), place, "CAMERA", camera,
                DemoMedia.png(place, new Color(251, 140, 0)), "inspection-" + c.id() + ".png");
        recording.endActivity(act, local(start.plusSeconds(5400)), false, null, a);
    }

    /** REC-13: the recorder was started before the party was told; the record says so and is flagged. */
    private void notInformed(CaseRef c, Actor a) {
        Instant start = dayAt(-6, 10, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "煤气柜检修现场", local(start), false), a);
        add(c, a, act, "PHOTO", "有限空间入口照片", start.plusSeconds(300), start.plusSeconds(300), "煤气柜检修现场", "CAMERA", "XJ-07",
                DemoMedia.png("有限空间", new Color(0, 121, 107)), "confined.png");
        RecordMetadata m = metadata(c, act, "AUDIO", "现场检查录音", start, start.plusSeconds(900), "煤气柜检修现场", "BODY_RECORDER",
                "DSJ-ZZ-03", "false");
        StoredFile f = files.store(new ByteArrayInputStream(DemoMedia.wav(494)), "confined.wav", null, null, a);
        recording.addRecord(RecordInput.of(m), f, a);
        recording.endActivity(act, local(start.plusSeconds(1800)), false, null, a);
    }

    /** Sealing and seizure (mandatory AV) with its photo, ended. */
    private void sealing(CaseRef c, Actor a) {
        Instant start = dayAt(-8, 15, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("SEALING_SEIZURE", "井下采掘设备", local(start), false), a);
        add(c, a, act, "PHOTO", "查封封条照片", start.plusSeconds(900), start.plusSeconds(900), "井下采掘设备", "CAMERA", "XJ-09",
                DemoMedia.png("封条" + c.id(), new Color(198, 40, 40)), "seal-" + c.id() + ".png");
        recording.endActivity(act, local(start.plusSeconds(3600)), false, null, a);
    }

    /** A survey with a photo taken on a phone, ended. */
    private void photosOnly(CaseRef c, Actor a) {
        Instant start = dayAt(-4, 15, 0);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("SURVEY", "采区巷道", local(start), false), a);
        add(c, a, act, "PHOTO", "巷道支护照片", start.plusSeconds(60), start.plusSeconds(60), "采区巷道", "PHONE", null,
                DemoMedia.png("巷道" + c.id(), new Color(109, 76, 65)), "survey-" + c.id() + ".png");
        recording.endActivity(act, local(start.plusSeconds(3600)), false, null, a);
    }

    private void add(CaseRef c, Actor a, long activity, String kind, String title, Instant start, Instant end, String place,
                     String device, String deviceId, byte[] bytes, String name) {
        StoredFile f = files.store(new ByteArrayInputStream(bytes), name, null, null, a);
        recording.addRecord(RecordInput.of(metadata(c, activity, kind, title, start, end, place, device, deviceId, "true")), f, a);
    }

    private static RecordMetadata metadata(CaseRef c, long activity, String kind, String title, Instant start, Instant end,
                                           String place, String device, String deviceId, String informed) {
        return new RecordMetadata(c.id(), null, activity, "AV", kind, title, null, local(start), local(end), place,
                c.teamPersonIds().subList(0, Math.min(2, c.teamPersonIds().size())), "企业负责人", device, deviceId,
                List.of("SCENE", "EVIDENCE"), null, informed);
    }

    private Instant dayAt(int days, int hour, int minute) {
        return LocalDateTime.now(clock.withZone(Zones.SHANGHAI)).truncatedTo(ChronoUnit.DAYS).plusDays(days)
                .withHour(hour).withMinute(minute).atZone(Zones.SHANGHAI).toInstant();
    }

    private static String local(Instant i) {
        return LOCAL.format(i.atZone(Zones.SHANGHAI));
    }
}
