package cn.anjian.documents.web;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.IssuedNumber;
import cn.anjian.documents.NumberFilter;
import cn.anjian.documents.NumberPage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 文号 API: document types, issued numbers in scope, taking a number. */
@RestController
@RequestMapping("/api/v1/documents")
@RequiredArgsConstructor
class DocumentApiController {

    private final DocumentNumbers numbers;
    private final DocumentGenerator generator;

    record TypeView(String code, String name, String formatPattern, boolean hasTemplate) {
    }

    record TakeRequest(String type, String subjectType, String subjectId, Long agencyId) {
    }

    @GetMapping("/types")
    @PreAuthorize("hasAuthority('document:generate')")
    List<TypeView> types() {
        return numbers.types().stream()
                .map(t -> new TypeView(t.code(), t.name(), t.formatPattern(), generator.hasTemplate(t.code()))).toList();
    }

    @GetMapping("/numbers")
    @PreAuthorize("hasAuthority('document:generate')")
    NumberPage list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String type,
                    @RequestParam(required = false) Integer year, @RequestParam(required = false) Long agencyId,
                    @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
                    @RequestParam(required = false) String sort) {
        return numbers.list(actor, new NumberFilter(type, year, agencyId, page, size), DocumentNumbers.SORT.parse(sort));
    }

    /** The register as Excel: the same filters and sort as {@code GET /api/v1/documents/numbers}. */
    @GetMapping("/numbers/export")
    @PreAuthorize("hasAuthority('document:generate')")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
            @AuthenticationPrincipal Actor actor, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String sort) {
        return DocumentPageController.export(numbers, actor, new DocumentPageController.Filters(type, year, agencyId), sort);
    }

    @PostMapping("/numbers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('document:generate')")
    Map<String, Object> take(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) TakeRequest req) {
        Params.requireBody(req, "请提交文书种类、业务对象类型和编号");
        IssuedNumber n = numbers.take(actor, req.type(), req.agencyId(), req.subjectType(), req.subjectId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", n.id());
        body.put("type", n.type());
        body.put("agencyId", n.agencyId());
        body.put("year", n.year());
        body.put("number", n.n());
        body.put("text", n.text());
        return body;
    }
}
