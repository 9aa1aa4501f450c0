package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-02..MW-05, MW-10: records a check sent by the phone. Every gate refuses here before anything is stored: the
 * mine must be one the commissioner supervises under the approved plan, the on-site check-in within the geofence
 * (or, recorded offline, flagged), every answer an item of the mine's table; mandatory and spot items left
 * unanswered are counted (the assessment reads them). A check id already stored answers its stored outcome.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CheckRecording {

    static final int MAX_ITEMS = 500;
    static final int MAX_PHOTOS = 20;
    /** A phone may stay offline for a while underground; older checks are refused (no back-filling of coverage). */
    static final Duration MAX_AGE = Duration.ofDays(31);

    public record Recorded(UUID checkId, CheckStatus status, int missedMandatory, int missedSpot, boolean created) {
        public String statusLabel() {
            return status.label();
        }
    }

    private final Checklists checklists;
    private final Supervision supervision;
    private final CheckRepository checks;
    private final Files files;
    private final Settings settings;
    private final Obligations obligations;
    private final Clock clock;

    public Recorded record(Actor actor, UUID id, NewCheck in, String requestHash) {
        require(actor);
        if (id == null) {
            throw BusinessException.badInput("MINE-CHECK-ID", "检查编号须为 UUID");
        }
        var stored = checks.findById(id);
        if (stored.isPresent()) {
            return replay(actor, stored.get(), requestHash);
        }
        if (in.mineId() == null) {
            throw BusinessException.badInput("MINE-CHECK-MINE", "请选择矿山");
        }
        Checklists.MineFacts mine = checklists.mine(in.mineId()).filter(m -> actor.scope().covers(m.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(Checklists.MINE));
        CheckMode mode = Params.choice(CheckMode.class, "检查方式", in.mode(), CheckMode::label);
        if (mode == null) {
            throw BusinessException.badInput("MINE-CHECK-MODE", "请选择检查方式（现场检查或远程监管）");
        }
        RemoteMeans means = Params.choice(RemoteMeans.class, "远程监管方式", in.remoteMeans(), RemoteMeans::label);
        if ((mode == CheckMode.REMOTE) != (means != null)) {
            throw BusinessException.badInput("MINE-CHECK-MEANS", mode == CheckMode.REMOTE
                    ? "远程监管须选择方式（视频巡查、电话询问、监测监控数据或网络传输实证信息）" : "现场检查不填写远程监管方式");
        }
        Instant started = times(in);
        LocalDate day = LocalDate.ofInstant(started, Zones.SHANGHAI);
        long commissioner = supervision.commissionerOf(actor).orElseThrow(() -> forbidden("只有监管专员可以记录矿山检查"));
        if (!supervision.supervises(commissioner, mine.id(), day)) {
            throw forbidden("您不是" + mine.name() + "的指定监管专员或其煤矿监管组成员（以批准的派驻方案为准）");
        }
        Check.Position position = position(in.position(), mode, mine, settings.value(WorkSettings.CHECKIN_RADIUS, day));
        if (in.checklistVersionId() == null) {
            throw BusinessException.badInput("MINE-CHECKLIST-VERSION", "缺少检查工作表版本（checklistVersionId）");
        }
        MineTable table = checklists.table(mine, in.checklistVersionId(), started);
        List<Check.Answer> answers = answers(actor, table, in.items());
        Set<Long> answered = answers.stream().map(Check.Answer::itemId).collect(Collectors.toSet());
        int missedMandatory = (int) table.items().stream().filter(i -> i.mandatory() && !answered.contains(i.itemId())).count();
        int missedSpot = (int) table.items().stream().filter(i -> !i.mandatory() && i.source() != ChecklistItem.Source.SITE
                && !answered.contains(i.itemId())).count();
        String note = Params.text("MINE-CHECK-NOTE", "检查说明", in.note(), 2000, false);
        Check c = Check.record(new Check.Facts(id, mine.id(), commissioner, mine.scopePath(), mode, means,
                Boolean.TRUE.equals(in.unannounced()), Boolean.TRUE.equals(in.night()), started, in.finishedAt().toInstant(),
                Boolean.TRUE.equals(in.recordedOffline()), table.versionId(), note, missedMandatory, missedSpot),
                position, answers, requestHash, clock.instant(), actor.username());
        checks.save(c);
        obligations.evaluate(mine.id(), day);   // MW-01..MW-03: the deadlines this check satisfies are met
        return new Recorded(id, c.status(), missedMandatory, missedSpot, true);
    }

    private static Recorded replay(Actor actor, Check c, String requestHash) {
        if (!c.recordedBy().equals(actor.username())) {
            throw BusinessException.conflict("MINE-CHECK-ID", "该检查编号已被使用，请重新开始检查");
        }
        if (!c.requestHash().equals(requestHash)) {
            throw new BusinessException("MINE-CHECK-REPLAY", "该检查已同步，且内容与本次提交不同；已同步的检查不能修改");
        }
        return new Recorded(c.id(), c.status(), c.missedMandatory(), c.missedSpot(), false);
    }

    private Instant times(NewCheck in) {
        if (in.startedAt() == null || in.finishedAt() == null) {
            throw BusinessException.badInput("MINE-CHECK-TIME", "请填写检查开始和结束时间");
        }
        Instant started = in.startedAt().toInstant();
        Instant now = clock.instant();
        if (in.finishedAt().toInstant().isBefore(started)) {
            throw BusinessException.badInput("MINE-CHECK-TIME", "检查结束时间不能早于开始时间");
        }
        if (in.finishedAt().toInstant().isAfter(now.plus(Duration.ofMinutes(10))) || started.isBefore(now.minus(MAX_AGE))) {
            throw BusinessException.badInput("MINE-CHECK-TIME", "检查时间应在最近 31 天内且不晚于当前时间，请核对手机时间");
        }
        return started;
    }

    /** MW-10: the on-site check-in's distance from the mine against the radius in force on the day of the check. */
    private static Check.Position position(NewCheck.Position p, CheckMode mode, Checklists.MineFacts mine, int radius) {
        boolean given = p != null && p.latitude() != null && p.longitude() != null;
        if (!given) {
            if (mode == CheckMode.ONSITE) {
                throw BusinessException.badInput("MINE-CHECKIN-POSITION", "现场检查须签到：缺少定位（经纬度）");
            }
            return new Check.Position(null, null, null, null, null, radius);
        }
        if (p.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0 || p.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0
                || (p.accuracyMeters() != null && (p.accuracyMeters() < 0 || p.accuracyMeters() > 100_000))) {
            throw BusinessException.badInput("MINE-CHECKIN-POSITION", "定位数据无效（纬度 −90～90，经度 −180～180，精度 0～100000 米）");
        }
        int distance = Geofence.distanceMeters(p.latitude(), p.longitude(), mine.latitude(), mine.longitude());
        return new Check.Position(p.latitude().setScale(6, java.math.RoundingMode.HALF_UP),
                p.longitude().setScale(6, java.math.RoundingMode.HALF_UP), p.accuracyMeters(),
                p.capturedAt() == null ? null : p.capturedAt().toInstant(), distance, radius);
    }

    private List<Check.Answer> answers(Actor actor, MineTable table, List<NewCheck.Answer> in) {
        List<NewCheck.Answer> items = in == null ? List.of() : in;
        if (items.size() > MAX_ITEMS) {
            throw BusinessException.badInput("MINE-CHECK-ITEM", "检查事项过多（至多 " + MAX_ITEMS + " 项）");
        }
        Map<Long, ChecklistItem> byId = table.items().stream().collect(Collectors.toMap(ChecklistItem::itemId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<Check.Answer> out = new ArrayList<>();
        for (NewCheck.Answer a : items) {
            ChecklistItem item = a == null || a.itemId() == null ? null : byId.get(a.itemId());
            if (item == null) {
                throw BusinessException.badInput("MINE-CHECK-ITEM", "检查事项不属于该矿山的检查工作表，请刷新检查表");
            }
            if (!seen.add(item.itemId())) {
                throw BusinessException.badInput("MINE-CHECK-ITEM", "检查事项重复：" + item.text());
            }
            ItemOutcome outcome = Params.choice(ItemOutcome.class, "检查结果", a.outcome(), ItemOutcome::label);
            if (outcome == null) {
                throw BusinessException.badInput("MINE-CHECK-OUTCOME", "请选择检查结果：" + item.text());
            }
            boolean major = Boolean.TRUE.equals(a.majorHazard());
            if (major && outcome != ItemOutcome.HAZARD) {
                throw BusinessException.badInput("MINE-CHECK-OUTCOME", "只有“发现隐患”的事项可以标记为重大事故隐患");
            }
            List<Long> photos = a.photoFileIds() == null ? List.of() : a.photoFileIds();
            if (photos.size() > MAX_PHOTOS || photos.stream().anyMatch(p -> p == null || p <= 0)) {
                throw BusinessException.badInput("MINE-CHECK-PHOTO", "每个事项至多 " + MAX_PHOTOS + " 张照片，照片编号须为上传后返回的编号");
            }
            photos.forEach(p -> files.find(p, actor));   // MW-10: uploads tied to the check are the actor's own, in scope
            String note = Params.text("MINE-CHECK-NOTE", "事项说明", a.note(), 1000, false);
            out.add(new Check.Answer(item.itemId(), item.section(), item.text(), item.mandatory(), item.siteOrSystem(), outcome,
                    note == null ? "" : note, photos.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")), major));
        }
        return out;
    }

    static BusinessException forbidden(String message) {
        return new BusinessException(BusinessException.Kind.FORBIDDEN, "MINE-CHECK-NOT-SUPERVISED", message);
    }

    private static void require(Actor actor) {
        if (!actor.hasPermission("mine:check")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }
}
