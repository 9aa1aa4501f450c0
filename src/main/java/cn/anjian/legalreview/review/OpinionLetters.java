package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.legalreview.review.ReviewEnums.Checkpoint;
import org.springframework.stereotype.Component;

/**
 * LR-10: the opinion letter (法制审核意见书) numbered {@code (<agency>)安监法审〔<year>〕<n>号} by the one numbering
 * service (type LEGAL_REVIEW_OPINION) when the deputy director approves, generated as .docx from the official
 * template and kept in the file store; the review page links it and it is filed with the case's review record.
 */
@Component
@RequiredArgsConstructor
class OpinionLetters {

    record Letter(String number, Long fileId) {
    }

    private final DocumentNumbers numbers;
    private final DocumentGenerator generator;
    private final Files files;
    private final Cases cases;
    private final ActingUsers users;
    private final ReviewFiling filing;

    Letter issue(LegalReview r, String agencyName, java.time.LocalDate today, String by) {
        String number = numbers.take("LEGAL_REVIEW_OPINION", r.agencyId(), "legal-review", r.id().toString(), by).text();
        CaseRef c = cases.find(r.caseId()).orElseThrow();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("agencyName", agencyName);
        model.put("docNumber", number);
        model.put("date", today);
        model.put("caseName", c.title());
        model.put("partyName", c.partyName() == null ? "—" : c.partyName());
        model.put("facts", r.findings().stream()
                .map(f -> Checkpoint.valueOf(f.code()).label() + "：" + (f.ok() ? "无异议" : f.finding()))
                .collect(Collectors.joining("\n")));
        model.put("basis", r.formBasis());
        model.put("decision", r.outcome().label() + "。" + r.outcomeContent());
        model.put("officers", users.actor(r.reviewedBy()).map(cn.anjian.kernel.Actor::displayName).orElse("—"));
        byte[] docx = generator.generate("LEGAL_REVIEW_OPINION", model);
        Long fileId = users.actor(by).map(a -> files.store(new ByteArrayInputStream(docx), "法制审核意见书-" + number + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, a).id()).orElse(null);
        return new Letter(number, fileId);
    }

    /**
     * LR-10 / LR-15: after the saved approval (DECIDED) the letter and the approval form are filed in the case's record
     * file; after the director's final word (FINAL) the approval form carrying his opinion.
     */
    void file(LegalReview r, java.time.Instant at, String by) {
        if (r.status() == ReviewEnums.Status.DECIDED) {
            filing.opinionLetter(r, r.opinionNumber(), r.opinionFileId(), at, by);
        }
        if (r.status() == ReviewEnums.Status.DECIDED || r.status() == ReviewEnums.Status.FINAL) {
            filing.approvalForm(r, at, by);
        }
    }
}
