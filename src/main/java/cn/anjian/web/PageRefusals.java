package cn.anjian.web;

import java.util.function.Supplier;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ImportRejectedException;
import cn.anjian.kernel.PageRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Resolves the {@link PageRefusal} handler parameter. It keeps the handler's own model (so a
 * re-rendered page has the bound form, the user's input and its field errors) and is kept on the
 * request for {@link PageRefusalAdvice}.
 */
final class PageRefusals implements HandlerMethodArgumentResolver {

    private static final String KEY = PageRefusal.class.getName();
    static final String CODE = "refusalCode";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRefusal.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Target target = new Target(mav == null ? new ModelMap() : mav.getModel());
        request.setAttribute(KEY, target, RequestAttributes.SCOPE_REQUEST);
        return target;
    }

    static Target of(HttpServletRequest req) {
        return req.getAttribute(KEY) instanceof Target t && t.declared() ? t : null;
    }

    /** What one request said to do on refusal; the latest declaration wins. */
    static final class Target implements PageRefusal {

        private final ModelMap model;
        private String attribute;
        private Supplier<String> page;
        private String redirect;
        private boolean fragment;
        private final java.util.Map<String, String> fields = new java.util.HashMap<>();

        Target(ModelMap model) {
            this.model = model;
        }

        @Override
        public PageRefusal render(String messageAttribute, Supplier<String> page) {
            this.fragment = false;
            this.attribute = messageAttribute;
            this.page = page;
            this.redirect = null;
            return this;
        }

        @Override
        public PageRefusal renderFragment(String messageAttribute, Supplier<String> fragment) {
            render(messageAttribute, fragment);
            this.fragment = true;
            return this;
        }

        @Override
        public PageRefusal redirect(String flashAttribute, String url) {
            this.attribute = flashAttribute;
            this.redirect = url;
            this.page = null;
            return this;
        }

        @Override
        public PageRefusal field(String code, String field) {
            fields.put(code, field);
            return this;
        }

        boolean declared() {
            return page != null || redirect != null;
        }

        /** The re-rendered page or the redirect; a refusal while building the page propagates. */
        ModelAndView handle(BusinessException e, HttpServletRequest req, HttpServletResponse res) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e; // gone, out of scope or not allowed: no form to go back to, the 404/403 page answers
            }
            if (redirect != null) {
                RequestContextUtils.getOutputFlashMap(req).put(attribute, e.getMessage());
                return new ModelAndView("redirect:" + redirect);
            }
            if (e instanceof ImportRejectedException rejected) {
                model.addAttribute("errors", rejected.errors()); // the import's error list, row by row
            }
            model.addAttribute(CODE, e.code()); // lets a template mark the field a coded refusal is about; never shown
            BindingResult form = fields.containsKey(e.code()) ? form() : null;
            if (form != null) {
                form.rejectValue(fields.get(e.code()), e.code(), e.getMessage());
            } else {
                model.addAttribute(attribute, e.getMessage());
            }
            String view = page.get();
            if (form == null) {
                model.addAttribute(attribute, e.getMessage()); // the page builder may have reset it
            }
            ModelAndView mv = new ModelAndView(view, model);
            HttpStatus status = fragment ? HttpStatus.OK : Refused.statusOf(e.kind());
            mv.setStatus(status);
            res.setStatus(status.value());
            return mv;
        }

        /** The bound form's binding result (the handler's one {@code @ModelAttribute} form). */
        private BindingResult form() {
            return model.values().stream().filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
                    .findFirst().orElse(null);
        }
    }
}
