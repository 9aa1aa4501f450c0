package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SS-08 (000 art. 25): the exchanges with social supervisors — list, record form, Excel export and the API. */
@Controller
@RequiredArgsConstructor
class SupervisorExchangeController {

    static final String READ = "hasAuthority('personnel:read')";
    static final String MANAGE = "hasAuthority('supervisor:manage')";
    static final List<String> HEADER = List.of("举办日期", "举办部门", "交流形式", "交流主题", "参加的社会监督员", "交流情况", "记录人");

    private final SupervisorExchanges exchanges;
    private final Clock clock;

    /** The filters as typed, kept in the form and in every link. */
    record Raw(String year, String form, String q, String sort) {
        SupervisorExchanges.Filter parse() {
            return new SupervisorExchanges.Filter(Params.optionalInteger("年度", year),
                    Params.choice(ExchangeForm.class, "交流形式", form, ExchangeForm::label), Params.text("关键词", q, 100),
                    SupervisorExchanges.SORT.parse(sort));
        }

        /** The filters without sort and size (the kit adds those). */
        FilterUrl url(String path) {
            return FilterUrl.of(path).with("year", year).with("form", form).with("q", q);
        }
    }

    @GetMapping("/personnel/supervisors/exchanges")
    @PreAuthorize(READ)
    String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("f") Raw raw, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, Model model, PageRefusal refusal) {
        model.addAttribute("forms", ExchangeForm.values());
        model.addAttribute("canManage", actor.hasPermission("supervisor:manage"));
        FilterUrl url = raw.url("/personnel/supervisors/exchanges");
        refusal.render("filterError", () -> {
            model.addAttribute("result", new SupervisorExchanges.Page(List.of(), 0, 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url, SupervisorExchanges.SORT.defaults(), PageSize.DEFAULT));
            return "personnel/supervisors/exchanges";
        });
        SupervisorExchanges.Filter f = raw.parse();
        ListControls kit = ListControls.of(url, f.order(), PageSize.parse(size));
        model.addAttribute("kit", kit);
        model.addAttribute("result", exchanges.page(actor, f, Params.page(page), kit.size()));
        return "personnel/supervisors/exchanges";
    }

    @GetMapping("/personnel/supervisors/exchanges/export")
    @PreAuthorize(READ)
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @ModelAttribute Raw raw) {
        SupervisorExchanges.Filter f = raw.parse();
        return SheetExport.attachment("社会监督员交流活动.xlsx", "交流活动", HEADER, rows -> exchanges.each(actor, f,
                e -> rows.add(e.heldOn(), e.agencyName(), e.form().label(), e.topic(), e.attendeeNames(), e.summary(),
                        e.recorderName())));
    }

    /** The record form: every field error shown at once, inline. */
    record ExchangeFormInput(@NotBlank @DateText String heldOn, @NotBlank(message = "请选择交流形式") String form,
                             @NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 4000) String summary,
                             @NotEmpty(message = "请选择参加交流的社会监督员") List<String> attendees) {
        SupervisorExchanges.NewExchange exchange() {
            return new SupervisorExchanges.NewExchange(Params.date("交流日期", heldOn), form, topic, summary,
                    attendees.stream().map(a -> Params.id("社会监督员", a)).toList());
        }
    }

    @GetMapping("/personnel/supervisors/exchanges/new")
    @PreAuthorize(MANAGE)
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new ExchangeFormInput(LocalDate.now(clock).toString(), ExchangeForm.SYMPOSIUM.name(), null,
                null, List.of()));
        return formPage(actor, model);
    }

    private String formPage(Actor actor, Model model) {
        model.addAttribute("forms", ExchangeForm.values());
        model.addAttribute("invitable", exchanges.invitable(actor));
        return "personnel/supervisors/exchange-new";
    }

    @PostMapping("/personnel/supervisors/exchanges/new")
    @PreAuthorize(MANAGE)
    String record(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ExchangeFormInput form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render(() -> formPage(actor, model)).field(SupervisorExchanges.CODE, "attendees");
        refusal.check(errors);
        SupervisorExchanges.Exchange e = exchanges.record(actor, form.exchange());
        redirect.addFlashAttribute("flashMessage", "已记录交流活动：" + e.topic());
        return "redirect:/personnel/supervisors/exchanges";
    }

    // ---- API ----

    @GetMapping("/api/v1/personnel/supervisors/exchanges")
    @PreAuthorize(READ)
    @ResponseBody
    SupervisorExchanges.Page apiList(@AuthenticationPrincipal Actor actor, @ModelAttribute Raw raw,
                                     @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return exchanges.page(actor, raw.parse(), Params.page(page), PageSize.parse(size));
    }

    @PostMapping("/api/v1/personnel/supervisors/exchanges")
    @PreAuthorize(MANAGE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    SupervisorExchanges.Exchange apiRecord(@AuthenticationPrincipal Actor actor,
                                           @RequestBody(required = false) SupervisorExchanges.NewExchange body) {
        Params.requireBody(body, "请提交交流活动信息");
        return exchanges.record(actor, body);
    }
}
