package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.HazardFoundInCheck;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MW-02..MW-05, MW-10: one check of a mine by a commissioner — on site (geofenced check-in) or remote — answered item
 * by item against the mine's table. Its id comes from the phone, so a replayed sync finds it. A check recorded
 * offline outside the geofence is FLAGGED until a reviewer clears or rejects it; only accepted and cleared checks
 * count for coverage.
 */
@Table("mine_check")
class Check extends AbstractAggregateRoot<Check> implements Persistable<UUID> {

    /** One answered item; section, text and kind copied so the check keeps what it was done against. */
    @Table("mine_check_answer")
    record Answer(long itemId, String section, String text, boolean mandatory, String siteOrSystem, ItemOutcome outcome,
                  String note, String photoFileIds, boolean majorHazard) {

        List<Long> photos() {
            return photoFileIds.isEmpty() ? List.of()
                    : java.util.Arrays.stream(photoFileIds.split(",")).map(Long::valueOf).toList();
        }
    }

    /** Where the check was made and how it sits against the geofence (MW-10). */
    record Position(BigDecimal latitude, BigDecimal longitude, Integer accuracyMeters, Instant capturedAt,
                    Integer distanceMeters, int geofenceMeters) {
    }

    /** What the phone recorded, validated by {@link CheckRecording}. */
    record Facts(UUID id, long mineId, long commissionerId, String scopePath, CheckMode mode, RemoteMeans remoteMeans,
                 boolean unannounced, boolean night, Instant startedAt, Instant finishedAt, boolean recordedOffline,
                 long checklistVersionId, String note, int missedMandatory, int missedSpot) {
    }

    @Id
    private UUID id;
    @Version
    private Integer version;
    private long mineId;
    private long commissionerId;
    private String scopePath;
    private CheckMode mode;
    private RemoteMeans remoteMeans;
    private boolean unannounced;
    private boolean night;
    private Instant startedAt;
    private Instant finishedAt;
    private LocalDate checkDay;
    private String isoWeek;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer accuracyMeters;
    private Instant capturedAt;
    private Integer distanceMeters;
    private int geofenceMeters;
    private boolean recordedOffline;
    private CheckStatus status;
    private long checklistVersionId;
    private String note;
    private int missedMandatory;
    private int missedSpot;
    private int hazards;
    private String requestHash;
    private Instant receivedAt;
    private String recordedBy;
    private Instant reviewedAt;
    private String reviewedBy;
    private String reviewNote;
    @MappedCollection(idColumn = "check_id", keyColumn = "position")
    private List<Answer> answers = new ArrayList<>();
    @Transient
    private boolean fresh;

    @PersistenceCreator
    private Check() {
    }

    /**
     * MW-10: an on-site check farther from the mine than the geofence is refused, unless it was recorded offline
     * (no signal underground): then it is kept FLAGGED for review. A remote check has no geofence.
     */
    static Check record(Facts f, Position p, List<Answer> answers, String requestHash, Instant now, String by) {
        boolean outside = f.mode() == CheckMode.ONSITE && !Geofence.inside(p.distanceMeters(), p.geofenceMeters());
        if (outside && !f.recordedOffline()) {
            throw new BusinessException("MINE-CHECKIN-OUTSIDE", "签到位置距矿山约 " + p.distanceMeters() + " 米，超出 "
                    + p.geofenceMeters() + " 米签到范围，不能开始现场检查；请到矿区范围内签到（《山西省矿山安全监管专员制度》第十九条）");
        }
        Check c = new Check();
        c.fresh = true;
        c.id = f.id();
        c.mineId = f.mineId();
        c.commissionerId = f.commissionerId();
        c.scopePath = f.scopePath();
        c.mode = f.mode();
        c.remoteMeans = f.remoteMeans();
        c.unannounced = f.unannounced();
        c.night = f.night();
        c.startedAt = f.startedAt();
        c.finishedAt = f.finishedAt();
        c.checkDay = LocalDate.ofInstant(f.startedAt(), Zones.SHANGHAI);
        c.isoWeek = CoverageRules.isoWeek(c.checkDay);
        c.latitude = p.latitude();
        c.longitude = p.longitude();
        c.accuracyMeters = p.accuracyMeters();
        c.capturedAt = p.capturedAt();
        c.distanceMeters = p.distanceMeters();
        c.geofenceMeters = p.geofenceMeters();
        c.recordedOffline = f.recordedOffline();
        c.status = outside ? CheckStatus.FLAGGED : CheckStatus.ACCEPTED;
        c.checklistVersionId = f.checklistVersionId();
        c.note = f.note() == null ? "" : f.note();
        c.missedMandatory = f.missedMandatory();
        c.missedSpot = f.missedSpot();
        c.answers = new ArrayList<>(answers);
        c.hazards = (int) answers.stream().filter(a -> a.outcome() == ItemOutcome.HAZARD).count();
        c.requestHash = requestHash;
        c.receivedAt = now;
        c.recordedBy = by;
        for (Answer a : answers) {
            if (a.outcome() == ItemOutcome.HAZARD) {
                c.registerEvent(new HazardFoundInCheck(c.id, a.itemId(), c.mineId, c.commissionerId, a.text(), a.note(),
                        a.majorHazard(), a.photos(), c.finishedAt));
            }
        }
        c.registerEvent(AuditableEvent.change("mines.check.recorded", "mine_check", c.id, null, c.snapshot()));
        return c;
    }

    /** MW-10: a reviewer accepts a flagged check (it then counts for coverage) or rejects it (it never does). */
    void review(boolean accept, String reviewNote, Instant at, String by) {
        if (status != CheckStatus.FLAGGED) {
            throw BusinessException.conflict("MINE-CHECK-REVIEW-STATE", "该检查记录不在待核查状态");
        }
        if (!accept && (reviewNote == null || reviewNote.isBlank())) {
            throw BusinessException.badInput("MINE-CHECK-REVIEW-NOTE", "不予认可须说明理由");
        }
        Map<String, Object> before = snapshot();
        status = accept ? CheckStatus.CLEARED : CheckStatus.REJECTED;
        this.reviewNote = reviewNote == null ? "" : reviewNote.strip();
        reviewedAt = at;
        reviewedBy = by;
        Map<String, Object> after = snapshot();
        after.put("reviewNote", this.reviewNote);
        registerEvent(AuditableEvent.change("mines.check." + (accept ? "cleared" : "rejected"), "mine_check", id, before, after));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mineId", mineId);
        m.put("mode", mode.name());
        m.put("remoteMeans", remoteMeans == null ? null : remoteMeans.name());
        m.put("unannounced", unannounced);
        m.put("night", night);
        m.put("distanceMeters", distanceMeters);
        m.put("status", status.name());
        m.put("missedMandatory", missedMandatory);
        m.put("missedSpot", missedSpot);
        m.put("hazards", hazards);
        return m;
    }

    /** The events registered and not yet published (the hazard events and the audit entry). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    UUID id() {
        return id;
    }

    long commissionerId() {
        return commissionerId;
    }

    long mineId() {
        return mineId;
    }

    LocalDate checkDay() {
        return checkDay;
    }

    String scopePath() {
        return scopePath;
    }

    CheckStatus status() {
        return status;
    }

    int missedMandatory() {
        return missedMandatory;
    }

    int missedSpot() {
        return missedSpot;
    }

    String requestHash() {
        return requestHash;
    }

    String recordedBy() {
        return recordedBy;
    }

    List<Answer> answers() {
        return answers;
    }
}
