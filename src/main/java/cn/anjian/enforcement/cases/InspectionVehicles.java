package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-06: the enforcement vehicles used on an inspection (检查动用的执法车辆), recorded on the case by plate; the count
 * is the number of plates. Page and API come through here; the case's scope is checked first (404).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class InspectionVehicles implements cn.anjian.enforcement.InspectionVehicleRecords {

    /** A mainland plate: province character, letter, five characters (six for new-energy), 警 for police plates. */
    static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{4,5}[A-Z0-9警]");

    private final CaseService cases;
    private final CaseRepository repository;

    public record Vehicles(long caseId, int count, String plates) {
    }

    public Vehicles get(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return cases.vehicles(caseId);
    }

    /** Replaces the plates recorded (separated by commas, 、 or spaces); blank clears them. */
    @Transactional
    public Vehicles record(Actor actor, long caseId, String platesText) {
        cases.get(actor, caseId);
        Guards.require(actor, "case:manage");
        List<String> plates = parse(platesText);
        Case c = repository.findById(caseId).orElseThrow(() -> BusinessException.notFound(CaseService.WHAT));
        c.recordVehicles(plates);
        try {
            repository.save(c);
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-CONCURRENT", "案件已被他人修改，请刷新后重试");
        }
        return new Vehicles(caseId, c.vehicleCount(), c.vehiclePlates());
    }

    @Override
    public int vehicleCount(Actor actor, long caseId) {
        return get(actor, caseId).count();
    }

    @Override
    @Transactional
    public int recordPlates(Actor actor, long caseId, String plates) {
        return record(actor, caseId, plates).count();
    }

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > 300) {
            throw BusinessException.badInput("STAT-06-VEHICLE-PLATES", "车牌号码过长（最多 300 个字符）");
        }
        Set<String> plates = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String raw : text.strip().split("[,，、;；\\s]+")) {
            String p = raw.strip().replace("·", "").toUpperCase(Locale.ROOT);
            if (!PLATE.matcher(p).matches()) {
                bad.add(raw);
            } else if (!plates.add(p)) {
                throw BusinessException.badInput("STAT-06-VEHICLE-PLATES", "车牌号码重复：" + p);
            }
        }
        if (!bad.isEmpty()) {
            throw BusinessException.badInput("STAT-06-VEHICLE-PLATES", "车牌号码格式不正确：" + String.join("、", bad)
                    + "（如 晋E12345、晋E·D12345 去掉间隔点）");
        }
        return List.copyOf(plates);
    }
}
