package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.enforcement.CaseDocumentRef;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.legalreview.review.ReviewEnums.MaterialKind;
import cn.anjian.legalreview.review.ReviewParts.Material;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a submission is checked and made of: the classified subject (LR-03), the materials — uploaded files or documents
 * generated for this case (LR-05) — and the route (LR-14: the internal legal unit only for an entrusted enforcement
 * institution's fine on an organisation up to the setting's limit, the fine being the only reason it is major).
 */
@Component
@RequiredArgsConstructor
class SubmissionInputs {

    /** The unit kind (org's {@code UnitKind}) of an entrusted enforcement institution. */
    static final String ENTRUSTED_UNIT_KIND = "ENTRUSTED_ENFORCEMENT";

    private final Cases cases;
    private final MajorDecisions classifier;
    private final Files files;
    private final Settings settings;
    private final JdbcClient jdbc;

    /** The classified proposed decision of a case (rules in force on {@code today}). */
    ReviewSubject subject(Actor actor, CaseRef c, ClassifyInput proposed, LocalDate today) {
        Classification cl = classifier.classify(proposed, today);
        return new ReviewSubject(c.id(), c.caseNumber(), c.title(), c.agencyId(), actor.jurisdictionId(),
                c.scopePath(), proposed.caseKind().name(), proposed.partyKind().name(), proposed.fineYuan(),
                proposed.confiscationYuan(), proposed.measures().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                cl.major(), cl.ruleSetVersion(), cl.ruleDate(),
                cl.reasons().stream().map(r -> r.code() + "：" + r.text()).collect(Collectors.joining("\n")));
    }

    /**
     * LR-14: the route asked for; the internal route is refused (nothing stored) unless the case's undertaking unit is an
     * entrusted enforcement institution and the decision is a fine on an organisation within the limit in force on
     * {@code today} ({@link LegalReviewSettings#ENTRUSTED_INTERNAL_LIMIT}, inclusive) that is major for its fine alone.
     */
    ReviewRoute route(long caseId, ClassifyInput proposed, boolean internal, LocalDate today) {
        if (!internal) {
            return ReviewRoute.STANDARD;
        }
        if (!entrusted(caseId)) {
            throw new BusinessException("LR-14", "只有受委托执法机构承办的案件才能申请由局内设法制机构审核");
        }
        BigDecimal limit = settings.value(LegalReviewSettings.ENTRUSTED_INTERNAL_LIMIT, today);
        if (proposed.caseKind() != Measure.Kind.PENALTY || proposed.partyKind() != PartyKind.ORGANIZATION
                || proposed.fineYuan() == null || proposed.fineYuan().signum() <= 0) {
            throw new BusinessException("LR-14", "只有对法人或者其他组织处以罚款的行政处罚才能申请由局内设法制机构审核");
        }
        if (proposed.fineYuan().compareTo(limit) > 0) {
            throw new BusinessException("LR-14", "拟罚款 " + Classifier.yuan(proposed.fineYuan()) + " 元，超过 "
                    + Classifier.yuan(limit) + " 元（含本数）的限额，须由法制机构审核，不能由局内设法制机构审核");
        }
        if (!classifier.classify(proposed, today).internalReviewEligible()) {
            throw new BusinessException("LR-14", "该决定除罚款外还涉及其他重大执法决定情形，须由法制机构审核，不能由局内设法制机构审核");
        }
        return ReviewRoute.ENTRUSTED_INTERNAL;
    }

    /** LR-14: whether the case's undertaking unit is an entrusted enforcement institution (org's published unit view). */
    boolean entrusted(long caseId) {
        Long unit = cases.undertakingUnitId(caseId).orElse(null);
        return unit != null && ENTRUSTED_UNIT_KIND.equals(jdbc.sql("SELECT kind FROM org_unit_view WHERE id = :u").param("u", unit)
                .query(String.class).optional().orElse(null));
    }

    /** The undertaking unit of a case (unscoped; the caller has checked the case's scope). */
    Long undertakingUnit(long caseId) {
        return cases.undertakingUnitId(caseId).orElse(null);
    }

    /**
     * LR-05: the materials — each either an uploaded file in the actor's scope or a document generated for this case
     * (its case-document id); a file out of scope, or a document of another case, is a 404.
     */
    List<Material> materials(Actor actor, long caseId, List<NewMaterial> in) {
        List<Material> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        if (in.size() > 50) {
            throw BusinessException.badInput("LR-05", "材料不能超过 50 份");
        }
        Map<Long, CaseDocumentRef> docs = null;
        for (NewMaterial m : in) {
            if (m == null) {
                throw BusinessException.badInput("LR-05", "材料不能为空");
            }
            MaterialKind k = Params.requiredChoice("LR-05", MaterialKind.class, "材料种类", m.kind(), MaterialKind::label);
            String title = Params.text("材料名称", m.title(), 200);
            if (m.documentId() != null) {
                if (docs == null) {
                    docs = cases.documents(caseId, actor).stream().collect(Collectors.toMap(CaseDocumentRef::id, Function.identity()));
                }
                CaseDocumentRef d = docs.get(m.documentId());
                if (d == null) {
                    throw BusinessException.notFound("本案文书");
                }
                out.add(new Material(k.name(), d.fileId(), title != null ? title : d.title() + " " + d.documentNumber(), d.id()));
            } else if (m.fileId() != null) {
                files.find(m.fileId(), actor); // in the actor's scope, else 404
                out.add(new Material(k.name(), m.fileId(), title, null));
            } else {
                throw BusinessException.badInput("LR-05", "请上传“" + k.label() + "”的文件或选择本案已生成的文书");
            }
        }
        return out;
    }
}
