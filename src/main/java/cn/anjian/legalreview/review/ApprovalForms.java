package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Service;

/**
 * LR-15 (annex 2): the approval form of a review as .docx, generated from its current state: the legal experts'
 * opinions (expert argumentation records), the legal unit's, the deputy director's, the director's when escalated
 * (LR-12), and the legal advisers' written opinions attached (art. 16).
 */
@Service
@RequiredArgsConstructor
public class ApprovalForms {

    private final ReviewQueries queries;
    private final DocumentGenerator generator;
    private final Clock clock;

    /** The form of a review in the actor's scope once the legal unit gave its opinion; refused before. */
    public byte[] docx(Actor actor, long id) {
        ReviewView v = queries.view(actor, id);
        Map<String, Object> r = v.review();
        if (r.get("outcome") == null) {
            throw new BusinessException("LR-15", "法制机构提出审核意见后才能生成审批表");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyName", actor.agencyName());
        m.put("docNumber", r.get("opinion_number") == null ? "（意见书待签批）" : "意见书 " + r.get("opinion_number"));
        m.put("date", LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
        m.put("caseName", r.get("case_title"));
        m.put("submittingUnit", r.get("undertaking_unit_name") != null ? r.get("undertaking_unit_name") + "（" + name(r, "submitted_by") + "）"
                : name(r, "submitted_by"));
        m.put("submittedOn", Fmt.date(r.get("submitted_at")));
        m.put("expertOpinion", meetings(v, "EXPERT"));
        m.put("legalUnitOpinion", r.get("outcome_label") + "：" + r.get("outcome_content") + "（" + name(r, "reviewed_by") + "）");
        m.put("deputyOpinion", r.get("opinion_approved_by") == null ? "" : "同意（" + name(r, "opinion_approved_by") + "，"
                + Fmt.date(r.get("opinion_approved_at")) + "）");
        String consent = "ENTRUSTED_INTERNAL".equals(r.get("route")) && r.get("consent_at") != null
                ? "同意由局内设法制机构审核（" + name(r, "consent_by") + "，" + Fmt.date(r.get("consent_at")) + "）" : "";
        m.put("directorOpinion", r.get("status").equals("FINAL")
                ? r.get("outcome_label") + "：" + Fmt.text(r.get("director_opinion")) + (consent.isEmpty() ? "" : "；" + consent) : consent);
        m.put("advisers", meetings(v, "ADVISER"));
        return generator.generate("LEGAL_REVIEW_APPROVAL", m);
    }

    /** A person's display name, never the login name. */
    private static String name(Map<String, Object> r, String column) {
        return Fmt.text(r.get(column + "_name"));
    }

    private static String meetings(ReviewView v, String kind) {
        return v.meetings().stream().filter(x -> x.kind().equals(kind))
                .map(x -> Fmt.date(x.heldOn()) + " " + x.participants() + "：" + x.content()).collect(Collectors.joining("\n"));
    }
}
