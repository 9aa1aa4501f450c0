package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.review.ClassifyRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The what-if classifier (LR-02): {@code {"caseKind","partyKind","fineYuan","confiscationYuan","measures",
 * "date"?}} → whether a decision is major, the rule-set version and the reasons; the same classifier as the
 * issuance gate. The body is read as a tree so that a non-numeric amount or an unknown code gets a Chinese
 * 400 naming the field, not the framework's generic one.
 */
@RestController
@RequestMapping("/api/v1/legal-review")
@RequiredArgsConstructor
class ClassifyApiController {

    private final MajorDecisions classifier;
    private final Clock clock;

    record ReasonBody(String code, String text) {
    }

    record ClassifyResponse(boolean major, String ruleSetVersion, LocalDate ruleDate, List<ReasonBody> reasons,
                            boolean internalReviewEligible) {
    }

    @PostMapping("/classify")
    @PreAuthorize("hasAuthority('legalreview:read')")
    ClassifyResponse classify(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BusinessException.badInput("LR-CLASSIFY-INPUT", "请求体须为 JSON 对象");
        }
        LocalDate day = Params.date("决定日期", text(body, "date", "决定日期"));
        Classification c = classifier.classify(ClassifyRequests.parse(text(body, "caseKind", "决定类别"),
                text(body, "partyKind", "当事人类别"), amount(body, "fineYuan", "罚款金额"),
                amount(body, "confiscationYuan", "没收违法所得或非法财物价值"), measures(body)),
                day == null ? LocalDate.now(clock) : day);
        return new ClassifyResponse(c.major(), c.ruleSetVersion(), c.ruleDate(),
                c.reasons().stream().map(r -> new ReasonBody(r.code(), r.text())).toList(), c.internalReviewEligible());
    }

    private static String text(JsonNode body, String field, String label) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (!n.isString()) {
            throw BusinessException.badInput("LR-CLASSIFY-INPUT", label + "（" + field + "）须为文本");
        }
        return n.stringValue();
    }

    private static String amount(JsonNode body, String field, String label) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue().toPlainString();
        }
        if (n.isString()) {
            return n.stringValue();
        }
        throw BusinessException.badInput("LR-CLASSIFY-AMOUNT", label + "（" + field + "）须为数字（元）");
    }

    private static List<String> measures(JsonNode body) {
        JsonNode n = body.get("measures");
        if (n == null || n.isNull() || n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw BusinessException.badInput("LR-CLASSIFY-MEASURE", "措施（measures）须为代码数组");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode m : n.values()) {
            if (!m.isString()) {
                throw BusinessException.badInput("LR-CLASSIFY-MEASURE", "措施代码须为文本，如 SUSPEND_PRODUCTION");
            }
            out.add(m.stringValue());
        }
        return out;
    }
}
