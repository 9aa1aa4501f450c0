package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo (issue 17): a season (September to today) of checks of the 泽州 and 忻州 demo mines by their commissioners,
 * some weeks missed or with only 2 remote checks (red), and zz_commissioner's recent checks recorded through the
 * phone's path ({@link CheckRecording}: photos as small PNGs in {@code files}, a few hazards that publish
 * {@code HazardFoundInCheck}). The season's history is written in bulk ({@link WorkDemoSeason}) because the phone
 * path refuses checks older than 31 days. The pairs are those of this year's approved plans ({@code MinePlanDemoData}
 * makes them through the planner and workflow and is ordered before this loader).
 */
@Component
@RequiredArgsConstructor
class WorkDemoData {

    private static final Logger log = LoggerFactory.getLogger(WorkDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final WorkDemoSeason season;
    private final CheckRecording recording;
    private final Checklists checklists;
    private final Files files;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor zz = users.actor("zz_commissioner").orElse(null);
        if (zz == null || season.loaded()) {
            return;
        }
        try {
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
            season.load(zz, today);
            Actor officer = users.actor("zz_officer").orElse(null);
            if (officer != null) {
                season.keyPeriods(officer, users.actor("jc_officer").orElse(null), today);
            }
            recent(zz, today);
            log.info("Mine work demo loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Mine work demo not loaded: {}", e.getMessage());
        }
    }

    /** The last days' checks of zz_commissioner's mines through the phone's path, with photos and two hazards. */
    private void recent(Actor zz, LocalDate today) {
        List<Long> mines = season.minesOf(zz, today);
        long photo = files.store(new ByteArrayInputStream(png(new Color(90, 110, 130))), "现场照片.png", "image/png", null, zz).id();
        long hazardPhoto = files.store(new ByteArrayInputStream(png(new Color(200, 60, 40))), "隐患照片.png", "image/png", null, zz).id();
        OffsetDateTime base = today.minusDays(1).atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        int n = 0;
        for (long mineId : mines) {
            Checklists.MineFacts m = checklists.mine(mineId).orElseThrow();
            MineTable table = checklists.table(m, checklists.currentVersion(m.group()), clock.instant());
            List<NewCheck.Answer> answers = new ArrayList<>();
            for (ChecklistItem i : table.items()) {
                boolean hazard = n < 2 && answers.size() == 4;
                answers.add(new NewCheck.Answer(i.itemId(), hazard ? "HAZARD" : "COMPLIANT",
                        hazard ? "现场发现问题，已责令整改" : "", List.of(hazard ? hazardPhoto : photo), false));
            }
            NewCheck.Position at = new NewCheck.Position(m.latitude().add(new BigDecimal("0.001")), m.longitude(), 15, base);
            recording.record(zz, UUID.nameUUIDFromBytes(("demo-onsite-" + mineId).getBytes()), new NewCheck(mineId, "ONSITE", null,
                    n == 0, n == 1, base.plusHours(n), base.plusHours(n + 1), at, false, table.versionId(), "例行现场检查", answers),
                    "demo");
            recording.record(zz, UUID.nameUUIDFromBytes(("demo-remote-" + mineId).getBytes()), new NewCheck(mineId, "REMOTE", "VIDEO",
                    false, false, base.minusHours(20), base.minusHours(19), null, false, table.versionId(), "视频巡查", List.of()),
                    "demo");
            n++;
        }
    }

    static byte[] png(Color color) {
        BufferedImage img = new BufferedImage(48, 36, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 48; x++) {
            for (int y = 0; y < 36; y++) {
                img.setRGB(x, y, (x / 6 + y / 6) % 2 == 0 ? color.getRGB() : color.brighter().getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
