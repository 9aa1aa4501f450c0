package cn.anjian.enforcement.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonView;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 12 defect 6: the team form's people picker (static/js/team-picker.js) asks here as the user types a name or a
 * certificate number: certified officers (主办人, 协办人) or other people (辅助人员), in the actor's scope, at most
 * {@link #LIMIT}. The team rules themselves stay in the domain ({@code CaseTeams.requireValidTeam}).
 */
@RestController
@RequiredArgsConstructor
class TeamCandidatesController {

    static final int LIMIT = 20;
    /** How many certified officers a certificate-number search looks through (an agency has far fewer). */
    private static final int SCAN = 1000;

    private final CaseService cases;
    private final Officers officers;
    private final People people;

    record Candidate(long id, String name, String certificateNumber, String label) {
    }

    @GetMapping("/cases/{id}/team/candidates")
    @PreAuthorize("hasAuthority('case:manage') and hasAuthority('personnel:read')")
    List<Candidate> candidates(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                               @RequestParam(required = false) String q, @RequestParam(required = false) String kind) {
        cases.get(actor, Params.id("id", id)); // the case in scope, else 404
        String text = Params.text("姓名或执法证号", q, 50);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if ("assistant".equals(kind)) {
            List<Candidate> out = new ArrayList<>();
            for (PersonView p : people.search(actor, new PersonFilter(text, null, null, null), 0, LIMIT).items()) {
                out.add(new Candidate(p.id(), p.name(), null, p.name()));
            }
            return out;
        }
        if (kind != null && !kind.isBlank() && !"officer".equals(kind)) {
            throw cn.anjian.kernel.BusinessException.badInput("BAD-PARAMETER", "人员类别须为执法人员或辅助人员");
        }
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (OfficerRow o : officers.list(actor, new OfficerFilter(text, null, "VALID", null, null), 0, LIMIT).items()) {
            out.put(o.personId(), candidate(o));
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (out.size() < LIMIT && upper.chars().anyMatch(Character::isDigit)) {
            for (OfficerRow o : officers.list(actor, new OfficerFilter(null, null, "VALID", null, null), 0, SCAN).items()) {
                if (out.size() >= LIMIT) {
                    break;
                }
                if (o.certificateNumber() != null && o.certificateNumber().toUpperCase(Locale.ROOT).contains(upper)) {
                    out.putIfAbsent(o.personId(), candidate(o));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Candidate candidate(OfficerRow o) {
        return new Candidate(o.personId(), o.name(), o.certificateNumber(),
                o.name() + (o.certificateNumber() == null ? "" : "（" + o.certificateNumber() + "）"));
    }
}
