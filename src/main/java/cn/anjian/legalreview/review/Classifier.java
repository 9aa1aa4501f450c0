package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.Classification.Reason;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.settings.Setting;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Service;

/**
 * LR-02/LR-03/LR-14 with the settings in force on the day of the decision. A fine and a confiscated value
 * are each compared with the party's threshold, inclusive ("1万元以上" includes 10,000). The rule-set
 * version is a fingerprint of every legal-review setting's value that day ("rs-" + 10 hex digits of their
 * SHA-256): the settings module versions each parameter separately, so the set of values is what identifies
 * the rule set; the same values give the same version, any change a new one.
 */
@Service
@RequiredArgsConstructor
public class Classifier implements MajorDecisions {

    /** Every legal-review setting, in their declared order (the order the version is computed in). */
    private static final List<Setting<?>> ALL = List.copyOf(new LegalReviewSettings().settings());
    private static final int MAX_VERSIONS = 256;
    /** The fingerprint of each set of values seen: values text → version. */
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private final Settings settings;

    @Override
    public Classification classify(ClassifyInput in, LocalDate day) {
        List<Reason> reasons = new ArrayList<>();
        BigDecimal threshold = settings.value(in.partyKind() == PartyKind.ORGANIZATION
                ? LegalReviewSettings.FINE_ORGANIZATION : LegalReviewSettings.FINE_CITIZEN, day);
        String party = in.partyKind() == null ? PartyKind.CITIZEN.label() : in.partyKind().label();
        if (reaches(in.fineYuan(), threshold)) {
            reasons.add(new Reason("FINE_THRESHOLD", "对" + party + "处以 " + yuan(threshold) + " 元以上的罚款（拟罚款 "
                    + yuan(in.fineYuan()) + " 元）— 第六条（二）3"));
        }
        if (reaches(in.confiscationYuan(), threshold)) {
            reasons.add(new Reason("CONFISCATION_THRESHOLD", "没收违法所得或非法财物价值达到" + party + "罚款标准 "
                    + yuan(threshold) + " 元（拟没收 " + yuan(in.confiscationYuan()) + " 元）— 第六条（二）3"));
        }
        for (Measure m : Measure.values()) {
            if (in.measures().contains(m) && settings.value(LegalReviewSettings.CATEGORIES.get(m), day)) {
                reasons.add(new Reason(m.name(), m.kind().label() + "：" + m.label() + " — 第六条" + m.item()));
            }
        }
        boolean internal = in.partyKind() == PartyKind.ORGANIZATION && reasons.size() == 1
                && reasons.get(0).code().equals("FINE_THRESHOLD")
                && in.fineYuan().compareTo(settings.value(LegalReviewSettings.ENTRUSTED_INTERNAL_LIMIT, day)) <= 0;
        return new Classification(!reasons.isEmpty(), version(day), day, reasons, internal);
    }

    /** The rule-set version in force on {@code day}. */
    public String version(LocalDate day) {
        StringBuilder s = new StringBuilder(1024);
        for (Setting<?> setting : ALL) {
            s.append(setting.key()).append('=').append(value(setting, day)).append('\n');
        }
        // the fingerprint of the same values is the same: hash each distinct set of values once (a handful of
        // sets in practice — one per change of the settings); the whole text is the key, so no collision
        String values = s.toString();
        String v = VERSIONS.get(values);
        if (v == null) {
            if (VERSIONS.size() >= MAX_VERSIONS) {
                VERSIONS.clear();
            }
            v = fingerprint(values);
            VERSIONS.put(values, v);
        }
        return v;
    }

    private static String fingerprint(String values) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(values.getBytes(StandardCharsets.UTF_8));
            return "rs-" + HexFormat.of().formatHex(h).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T extends Comparable<? super T>> String value(Setting<T> setting, LocalDate day) {
        return setting.stored(settings.value(setting, day));
    }

    private static boolean reaches(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.signum() > 0 && amount.compareTo(threshold) >= 0;
    }

    /** "12,345.60": two decimals (half up), thousands grouped; what {@code String.format("%,.2f")} gave, without its cost. */
    static String yuan(BigDecimal v) {
        String plain = v.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.length() - 3;
        StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        for (int i = start; i < point; i++) {
            if (i > start && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, point, plain.length()).toString();
    }
}
