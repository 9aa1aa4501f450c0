package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.cases.CaseOrigins;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 12 defect 9 / CASE-04: the new-case form's basis typeahead (static/js/origin-picker.js) asks here as the user
 * types a number or words of a title: the records of the kind the chosen source rests on, in the actor's scope. The
 * picked record is checked again when the case is opened ({@code CaseOrigins.resolve}: its kind, and in scope or 404).
 */
@RestController
@RequiredArgsConstructor
class CaseOriginSuggestions {

    private final CaseOrigins origins;

    /** One suggestion: the record's id (the form's {@code originId}) and the label shown. */
    record Suggestion(String type, long id, String label) {
    }

    @GetMapping("/cases/origins")
    @PreAuthorize("hasAuthority('case:manage')")
    List<Suggestion> suggest(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String source,
                             @RequestParam(required = false) String q) {
        CaseSource s = Params.choice(CaseSource.class, "案件来源", source, CaseSource::label);
        String text = Params.text("编号或名称", q, 100);
        if (s == null) {
            return List.of();
        }
        return origins.suggest(actor, s, text).stream().map(c -> new Suggestion(c.kind().name(), c.id(), c.label())).toList();
    }
}
